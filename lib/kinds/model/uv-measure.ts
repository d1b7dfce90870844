// Measures a zone drawn as a rectangle on a mesh's UV layout: how wide and high it really is
// on the surface, in mm, and how evenly the texture is spread over it (stretch). The zone's
// print size comes from this, so the print file, the price and the 2D editor use the same mm
// the 3D preview shows. It also refuses rectangles that cannot be printed as one flat piece:
// reaching past an island's edge (a seam, or nothing mapped there), covering two islands, UVs
// mapped twice, or a mirrored mapping.
import {
  clipToRect,
  cross,
  dot,
  length,
  missesRect,
  sub,
  triangleAt,
  triangleCount,
  uvArea,
  type MeshArrays,
  type UvRect,
  type Vec3,
} from './uv-mesh';

/** Above this spread of mm per UV unit across a zone, the print will look distorted on the product. */
export const STRETCH_WARNING_PCT = 3;

// Coverage within half a per cent of the rectangle's area counts as whole: a zone drawn to
// an island's border by hand lands a hair inside or outside it.
const COVERAGE_TOLERANCE = 0.005;

export type UvZoneProblem =
  | { code: 'empty-rect'; message: string }
  | { code: 'no-triangles'; message: string }
  | { code: 'crosses-edge'; message: string; coveragePct: number }
  | { code: 'crosses-seam'; message: string; islands: number }
  | { code: 'overlapping-uvs'; message: string; coveragePct: number }
  | { code: 'mirrored'; message: string }
  | { code: 'collapsed-uvs'; message: string };

export type UvZoneMeasure = {
  /** Real width along u and height along v, in mm on the surface. */
  widthMm: number;
  heightMm: number;
  /** The spread (max - min) / mean of mm per UV unit across the zone, the worse of u and v, in per cent. */
  stretchPct: number;
  /** Triangles under the rectangle. */
  triangles: number;
};

export type UvZoneResult =
  ({ ok: true } & UvZoneMeasure & { warning?: string }) | { ok: false; problem: UvZoneProblem };

type Sample = { area: number; mmPerU: number; mmPerV: number; mirrored: boolean };

/**
 * The mapping of one triangle: mm per UV unit along u and along v (the columns of the
 * Jacobian of position by uv), and whether the texture lies on it mirrored, as seen from the
 * triangle's front. With v growing down the image, right x down points into the surface.
 */
function jacobian(p: [Vec3, Vec3, Vec3], uv: Array<{ u: number; v: number }>, faceNormal: Vec3) {
  const [a, b, c] = uv as [{ u: number; v: number }, { u: number; v: number }, { u: number; v: number }];
  const du1 = b.u - a.u,
    dv1 = b.v - a.v,
    du2 = c.u - a.u,
    dv2 = c.v - a.v;
  const det = du1 * dv2 - du2 * dv1;
  if (Math.abs(det) < 1e-14) return null;
  const e1 = sub(p[1], p[0]);
  const e2 = sub(p[2], p[0]);
  const ju: Vec3 = [
    (e1[0] * dv2 - e2[0] * dv1) / det,
    (e1[1] * dv2 - e2[1] * dv1) / det,
    (e1[2] * dv2 - e2[2] * dv1) / det,
  ];
  const jv: Vec3 = [
    (e2[0] * du1 - e1[0] * du2) / det,
    (e2[1] * du1 - e1[1] * du2) / det,
    (e2[2] * du1 - e1[2] * du2) / det,
  ];
  return { mmPerU: length(ju), mmPerV: length(jv), mirrored: dot(cross(ju, jv), faceNormal) > 0 };
}

// Triangles under the zone are one piece when they share edges in both uv and position:
// islands packed next to each other in UV space share uvs along their border but not positions.
function islandCount(edgesOf: string[][]): number {
  const parent = edgesOf.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  edgesOf.forEach((edges, t) => {
    for (const key of edges) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, t);
      else parent[find(t)] = find(other);
    }
  });
  return new Set(edgesOf.map((_, i) => find(i))).size;
}

const q = (x: number, step: number) => Math.round(x / step);
function vertexKey(v: { u: number; v: number; p: Vec3 }): string {
  return `${q(v.u, 1e-6)},${q(v.v, 1e-6)},${q(v.p[0], 1e-3)},${q(v.p[1], 1e-3)},${q(v.p[2], 1e-3)}`;
}
function edgeKeys(keys: [string, string, string]): string[] {
  return [0, 1, 2].map((i) => [keys[i]!, keys[(i + 1) % 3]!].sort().join('|'));
}

function spreadPct(samples: Sample[], pick: (s: Sample) => number, mean: number): number {
  let min = Infinity,
    max = -Infinity;
  for (const s of samples) {
    min = Math.min(min, pick(s));
    max = Math.max(max, pick(s));
  }
  return ((max - min) / mean) * 100;
}

/**
 * Measures the UV rectangle `rect` on `mesh`, whose positions times `mmPerUnit` are mm
 * (1000 for a model in metres). Refuses a rectangle that is not one evenly mapped piece.
 */
export function measureUvRect(mesh: MeshArrays, rect: UvRect, mmPerUnit: number): UvZoneResult {
  const rectArea = (rect.u1 - rect.u0) * (rect.v1 - rect.v0);
  if (!(rectArea > 0))
    return {
      ok: false,
      problem: { code: 'empty-rect', message: 'Draw the zone with a width and a height.' },
    };

  const samples: Sample[] = [];
  const edges: string[][] = [];
  let collapsed = 0;
  for (let t = 0; t < triangleCount(mesh); t++) {
    const { vertices, faceNormal } = triangleAt(mesh, t, mmPerUnit);
    if (missesRect(vertices, rect)) continue;
    const area = Math.abs(uvArea(clipToRect(vertices, rect)));
    if (area <= rectArea * 1e-9) continue;
    const j = jacobian([vertices[0].p, vertices[1].p, vertices[2].p], vertices, faceNormal);
    if (!j) {
      collapsed++;
      continue;
    }
    samples.push({ area, ...j });
    edges.push(edgeKeys([vertexKey(vertices[0]), vertexKey(vertices[1]), vertexKey(vertices[2])]));
  }
  if (samples.length === 0) {
    return {
      ok: false,
      problem: {
        code: 'no-triangles',
        message: 'Nothing of this mesh is mapped under the zone: place it on one of the UV islands.',
      },
    };
  }
  const covered = samples.reduce((sum, s) => sum + s.area, 0) / rectArea;
  const coveragePct = Math.round(covered * 1000) / 10;
  if (covered > 1 + COVERAGE_TOLERANCE) {
    return {
      ok: false,
      problem: {
        code: 'overlapping-uvs',
        coveragePct,
        message: `Parts of this zone are mapped twice (${coveragePct} % covered): the mesh has overlapping UVs there, so the print would appear in two places. Move the zone to an area mapped once, or fix the UVs.`,
      },
    };
  }
  if (covered < 1 - COVERAGE_TOLERANCE) {
    return {
      ok: false,
      problem: {
        code: 'crosses-edge',
        coveragePct,
        message: `The zone reaches past the edge of its UV island (only ${coveragePct} % of it lies on the mesh): it would cross a seam or run off the surface. Keep it inside one island.`,
      },
    };
  }
  const islands = islandCount(edges);
  if (islands > 1) {
    return {
      ok: false,
      problem: {
        code: 'crosses-seam',
        islands,
        message: `The zone covers ${islands} separate UV islands, which meet at a seam on the product: the print would break there. Keep it inside one island.`,
      },
    };
  }
  if (collapsed > 0) {
    return {
      ok: false,
      problem: {
        code: 'collapsed-uvs',
        message: `${collapsed} triangle(s) under the zone have no area in UV space: the texture cannot be laid on them. Fix the UVs there.`,
      },
    };
  }
  if (samples.some((s) => s.mirrored)) {
    return {
      ok: false,
      problem: {
        code: 'mirrored',
        message:
          'The UVs under this zone are mirrored: the artwork would print back to front on the product. Flip the island in the UV layout.',
      },
    };
  }
  const total = samples.reduce((sum, s) => sum + s.area, 0);
  const mmPerU = samples.reduce((sum, s) => sum + s.area * s.mmPerU, 0) / total;
  const mmPerV = samples.reduce((sum, s) => sum + s.area * s.mmPerV, 0) / total;
  const stretchPct = Math.max(
    spreadPct(samples, (s) => s.mmPerU, mmPerU),
    spreadPct(samples, (s) => s.mmPerV, mmPerV),
  );
  const measure = {
    widthMm: mmPerU * (rect.u1 - rect.u0),
    heightMm: mmPerV * (rect.v1 - rect.v0),
    stretchPct,
    triangles: samples.length,
  };
  const warning =
    stretchPct > STRETCH_WARNING_PCT
      ? `The texture is stretched by up to ${stretchPct.toFixed(1)} % across this zone: this area will print distorted.`
      : undefined;
  return { ok: true, ...measure, ...(warning ? { warning } : {}) };
}
