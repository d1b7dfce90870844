// A brand's mesh as plain arrays, and the triangle-by-triangle clipping to a UV rectangle that
// both the measurement (uv-measure.ts) and the zone's 3D surface (uv-surface.ts) are built on.
// Pure arithmetic, no three.js: the server measures with it and the browser draws with it.

/** One mesh in world space: positions already transformed by its node, in the model's units. */
export type MeshArrays = {
  positions: ArrayLike<number>;
  /** TEXCOORD_0, glTF's convention: (0, 0) is the top-left of the texture image, v grows down. */
  uvs: ArrayLike<number>;
  /** Vertex normals (optional: the geometric normal is used without them). */
  normals?: ArrayLike<number>;
  /** Triangle list indices; without them every three vertices are a triangle. */
  indices?: ArrayLike<number> | null;
};

/** A rectangle in UV space, u0 < u1 and v0 < v1 (v0 is the top edge). */
export type UvRect = { u0: number; v0: number; u1: number; v1: number };

/** A vertex while clipping: its uv, position and normal. */
export type ClipVertex = { u: number; v: number; p: [number, number, number]; n: [number, number, number] };

export type Vec3 = [number, number, number];

export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3) => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};

/** The number of triangles in a mesh. */
export function triangleCount(mesh: MeshArrays): number {
  return Math.floor((mesh.indices ? mesh.indices.length : mesh.positions.length / 3) / 3);
}

/** The three vertex indices of triangle `t`. */
export function triangleIndices(mesh: MeshArrays, t: number): [number, number, number] {
  const i = mesh.indices;
  if (!i) return [3 * t, 3 * t + 1, 3 * t + 2];
  return [i[3 * t]!, i[3 * t + 1]!, i[3 * t + 2]!];
}

/** A vertex of the mesh as a clip vertex, its position multiplied by `scale`. */
export function vertexAt(mesh: MeshArrays, index: number, scale: number, faceNormal: Vec3): ClipVertex {
  const p = mesh.positions;
  const n = mesh.normals;
  return {
    u: mesh.uvs[2 * index]!,
    v: mesh.uvs[2 * index + 1]!,
    p: [p[3 * index]! * scale, p[3 * index + 1]! * scale, p[3 * index + 2]! * scale],
    n: n ? [n[3 * index]!, n[3 * index + 1]!, n[3 * index + 2]!] : faceNormal,
  };
}

/** Triangle `t` as clip vertices (positions scaled), with its geometric normal (counter-clockwise front). */
export function triangleAt(
  mesh: MeshArrays,
  t: number,
  scale: number,
): { vertices: [ClipVertex, ClipVertex, ClipVertex]; faceNormal: Vec3 } {
  const [a, b, c] = triangleIndices(mesh, t);
  const pos = (i: number): Vec3 => [
    mesh.positions[3 * i]! * scale,
    mesh.positions[3 * i + 1]! * scale,
    mesh.positions[3 * i + 2]! * scale,
  ];
  const faceNormal = normalize(cross(sub(pos(b), pos(a)), sub(pos(c), pos(a))));
  return {
    vertices: [
      vertexAt(mesh, a, scale, faceNormal),
      vertexAt(mesh, b, scale, faceNormal),
      vertexAt(mesh, c, scale, faceNormal),
    ],
    faceNormal,
  };
}

function lerp(a: ClipVertex, b: ClipVertex, t: number): ClipVertex {
  const mix = (x: number, y: number) => x + (y - x) * t;
  return {
    u: mix(a.u, b.u),
    v: mix(a.v, b.v),
    p: [mix(a.p[0], b.p[0]), mix(a.p[1], b.p[1]), mix(a.p[2], b.p[2])],
    n: [mix(a.n[0], b.n[0]), mix(a.n[1], b.n[1]), mix(a.n[2], b.n[2])],
  };
}

// One Sutherland-Hodgman pass: keeps the side of an axis-aligned line where inside() holds.
function clipAgainst(polygon: ClipVertex[], inside: (v: ClipVertex) => number): ClipVertex[] {
  const out: ClipVertex[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const da = inside(a);
    const db = inside(b);
    if (da >= 0) out.push(a);
    if (da >= 0 !== db >= 0) out.push(lerp(a, b, da / (da - db)));
  }
  return out;
}

/** The part of a polygon inside `rect` in UV space (convex in, convex out; empty when outside). */
export function clipToRect(polygon: ClipVertex[], rect: UvRect): ClipVertex[] {
  let out = polygon;
  out = clipAgainst(out, (v) => v.u - rect.u0);
  if (out.length) out = clipAgainst(out, (v) => rect.u1 - v.u);
  if (out.length) out = clipAgainst(out, (v) => v.v - rect.v0);
  if (out.length) out = clipAgainst(out, (v) => rect.v1 - v.v);
  return out.length >= 3 ? out : [];
}

/** Signed area of a polygon in UV space (positive when counter-clockwise in (u, v)). */
export function uvArea(polygon: ReadonlyArray<{ u: number; v: number }>): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    sum += a.u * b.v - b.u * a.v;
  }
  return sum / 2;
}

/** True when the triangle's UV bounding box misses the rectangle entirely (a cheap reject). */
export function missesRect(vertices: ReadonlyArray<{ u: number; v: number }>, rect: UvRect): boolean {
  let uMin = Infinity,
    uMax = -Infinity,
    vMin = Infinity,
    vMax = -Infinity;
  for (const { u, v } of vertices) {
    uMin = Math.min(uMin, u);
    uMax = Math.max(uMax, u);
    vMin = Math.min(vMin, v);
    vMax = Math.max(vMax, v);
  }
  return uMax <= rect.u0 || uMin >= rect.u1 || vMax <= rect.v0 || vMin >= rect.v1;
}
