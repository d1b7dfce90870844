// A zone's surface on a brand's mesh: the triangles under a UV rectangle, cut to it exactly,
// with texture coordinates running 0..1 across the zone, so the zone's artwork canvas lies on
// the model where the UV layout says, the same way the built-in kinds' zone meshes carry it.
import {
  clipToRect,
  cross,
  missesRect,
  normalize,
  sub,
  triangleAt,
  triangleCount,
  type MeshArrays,
  type UvRect,
  type Vec3,
} from './uv-mesh';

/** Triangle-list arrays ready for a BufferGeometry (positions in mm). */
export type SurfaceArrays = { positions: Float32Array; normals: Float32Array; uvs: Float32Array };

/** The sub-rectangle of `surface` that a zone rectangle in mm covers (the mm map linearly onto uv). */
export function zoneUvRect(
  surface: UvRect,
  surfaceMm: { widthMm: number; heightMm: number },
  rect: { xMm: number; yMm: number; widthMm: number; heightMm: number },
): UvRect {
  const du = (surface.u1 - surface.u0) / surfaceMm.widthMm;
  const dv = (surface.v1 - surface.v0) / surfaceMm.heightMm;
  return {
    u0: surface.u0 + rect.xMm * du,
    v0: surface.v0 + rect.yMm * dv,
    u1: surface.u0 + (rect.xMm + rect.widthMm) * du,
    v1: surface.v0 + (rect.yMm + rect.heightMm) * dv,
  };
}

/**
 * The mesh under `rect`, clipped to it, positions times `mmPerUnit`, with uv (0, 0) at the
 * rectangle's bottom-left and (1, 1) at its top-right (canvas textures' convention here).
 */
export function surfaceUnderRect(mesh: MeshArrays, rect: UvRect, mmPerUnit: number): SurfaceArrays {
  const positions: number[] = [];
  const normals: number[] = [];
  const uvs: number[] = [];
  const width = rect.u1 - rect.u0;
  const height = rect.v1 - rect.v0;
  for (let t = 0; t < triangleCount(mesh); t++) {
    const { vertices } = triangleAt(mesh, t, mmPerUnit);
    if (missesRect(vertices, rect)) continue;
    const polygon = clipToRect(vertices, rect);
    // Fan: the clipped part of a triangle is convex.
    for (let i = 1; i + 1 < polygon.length; i++) {
      for (const v of [polygon[0]!, polygon[i]!, polygon[i + 1]!]) {
        positions.push(...v.p);
        normals.push(...normalize(v.n));
        uvs.push((v.u - rect.u0) / width, 1 - (v.v - rect.v0) / height);
      }
    }
  }
  return {
    positions: new Float32Array(positions),
    normals: new Float32Array(normals),
    uvs: new Float32Array(uvs),
  };
}

/** Where a UV point lies on the mesh (mm) and the surface's normal there, or null when nothing is mapped there. */
export function pointAtUv(
  mesh: MeshArrays,
  u: number,
  v: number,
  mmPerUnit: number,
): { point: Vec3; normal: Vec3 } | null {
  for (let t = 0; t < triangleCount(mesh); t++) {
    const { vertices } = triangleAt(mesh, t, mmPerUnit);
    const [a, b, c] = vertices;
    const det = (b.u - a.u) * (c.v - a.v) - (c.u - a.u) * (b.v - a.v);
    if (Math.abs(det) < 1e-14) continue;
    const wb = ((u - a.u) * (c.v - a.v) - (c.u - a.u) * (v - a.v)) / det;
    const wc = ((b.u - a.u) * (v - a.v) - (u - a.u) * (b.v - a.v)) / det;
    const wa = 1 - wb - wc;
    if (wa < -1e-9 || wb < -1e-9 || wc < -1e-9) continue;
    const mix = (i: 0 | 1 | 2, of: 'p' | 'n') => wa * a[of][i] + wb * b[of][i] + wc * c[of][i];
    const point: Vec3 = [mix(0, 'p'), mix(1, 'p'), mix(2, 'p')];
    const normal = normalize([mix(0, 'n'), mix(1, 'n'), mix(2, 'n')]);
    // Without vertex normals the face normal stands in (triangleAt fills it in).
    return {
      point,
      normal: normal[0] || normal[1] || normal[2] ? normal : normalize(cross(sub(b.p, a.p), sub(c.p, a.p))),
    };
  }
  return null;
}
