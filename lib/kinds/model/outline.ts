// The front view of a brand's model for the flat catalogue drawing, computed from its triangles:
// each mesh's silhouette (horizontal slices, simplified), drawn back to front as a depth grid
// says, and where points of each printable surface land in that view. Pure arithmetic over the
// mesh arrays: the server computes it when a model is mapped, the seed script for the seeds.
import type { ModelOutline, ModelSurface } from './schema';
import { pointAtUv } from './uv-surface';
import { triangleAt, triangleCount, type MeshArrays } from './uv-mesh';

/** A mesh to outline: its arrays in the model's units, its name and material. */
export type OutlineMesh = MeshArrays & { mesh: string; material: string };

type Box = { minX: number; maxX: number; minY: number; maxY: number };
type P = [number, number];

const SLICES = 400;
const CELL_MM = 2;
const SIMPLIFY_MM = 0.1;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Each triangle in mm: its three corners (x, y, z). */
function trianglesMm(mesh: MeshArrays, scale: number): Array<[number, number, number][]> {
  return Array.from({ length: triangleCount(mesh) }, (_, t) =>
    triangleAt(mesh, t, scale).vertices.map((v) => v.p),
  );
}

function boxOf(tris: Array<[number, number, number][]>): Box {
  const b = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const tri of tris)
    for (const [x, y] of tri) {
      b.minX = Math.min(b.minX, x);
      b.maxX = Math.max(b.maxX, x);
      b.minY = Math.min(b.minY, y);
      b.maxY = Math.max(b.maxY, y);
    }
  return b;
}

/** Douglas-Peucker: drops points closer than `tolerance` to the line through their neighbours. */
function simplify(points: P[], tolerance: number): P[] {
  if (points.length < 3) return points;
  const [a, b] = [points[0]!, points.at(-1)!];
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  let worst = 0;
  let at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    const d = Math.abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / len;
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= tolerance) return [a, b];
  return [
    ...simplify(points.slice(0, at + 1), tolerance).slice(0, -1),
    ...simplify(points.slice(at), tolerance),
  ];
}

/** The silhouette of triangles seen from the front, as path data in view coordinates. */
function silhouette(tris: Array<[number, number, number][]>, view: Box): string {
  const own = boxOf(tris);
  const step = (own.maxY - own.minY) / SLICES;
  if (!(step > 0)) return '';
  const left = new Array<number>(SLICES + 1).fill(Infinity);
  const right = new Array<number>(SLICES + 1).fill(-Infinity);
  // Rows at the ends sit a hair inside, so a flat top or bottom face still cuts them.
  const rowY = (i: number) =>
    own.minY + Math.min(Math.max(i * step, step * 1e-3), own.maxY - own.minY - step * 1e-3);
  for (const tri of tris) {
    const ys = tri.map((p) => p[1]);
    const from = Math.max(0, Math.floor((Math.min(...ys) - own.minY) / step));
    const to = Math.min(SLICES, Math.ceil((Math.max(...ys) - own.minY) / step));
    for (let i = from; i <= to; i++) {
      const y = rowY(i);
      for (let k = 0; k < 3; k++) {
        const [a, b] = [tri[k]!, tri[(k + 1) % 3]!];
        if ((a[1] - y) * (b[1] - y) > 0 || a[1] === b[1]) continue;
        const x = a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
        left[i] = Math.min(left[i]!, x);
        right[i] = Math.max(right[i]!, x);
      }
    }
  }
  const paths: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 1) {
      const down = run.map((i): P => [left[i]! - view.minX, view.maxY - rowY(i)]);
      const up = [...run].reverse().map((i): P => [right[i]! - view.minX, view.maxY - rowY(i)]);
      const points = [...simplify(down, SIMPLIFY_MM), ...simplify(up, SIMPLIFY_MM)];
      paths.push(points.map(([x, y], i) => `${i ? 'L' : 'M'}${r2(x)},${r2(y)}`).join('') + 'Z');
    }
    run = [];
  };
  for (let i = 0; i <= SLICES; i++) {
    if (Number.isFinite(left[i])) run.push(i);
    else flush();
  }
  flush();
  return paths.join('');
}

/** The front-most z of the triangles in cells of CELL_MM over the view (-Infinity where none). */
function depthGrid(tris: Array<[number, number, number][]>, view: Box) {
  const columns = Math.ceil((view.maxX - view.minX) / CELL_MM) + 1;
  const rows = Math.ceil((view.maxY - view.minY) / CELL_MM) + 1;
  const z = new Float64Array(columns * rows).fill(-Infinity);
  for (const [a, b, c] of tris as Array<
    [[number, number, number], [number, number, number], [number, number, number]]
  >) {
    const det = (b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]);
    if (Math.abs(det) < 1e-12) continue;
    const i0 = Math.max(0, Math.floor((Math.min(a[0], b[0], c[0]) - view.minX) / CELL_MM));
    const i1 = Math.min(columns - 1, Math.ceil((Math.max(a[0], b[0], c[0]) - view.minX) / CELL_MM));
    const j0 = Math.max(0, Math.floor((Math.min(a[1], b[1], c[1]) - view.minY) / CELL_MM));
    const j1 = Math.min(rows - 1, Math.ceil((Math.max(a[1], b[1], c[1]) - view.minY) / CELL_MM));
    for (let j = j0; j <= j1; j++)
      for (let i = i0; i <= i1; i++) {
        const [x, y] = [view.minX + i * CELL_MM, view.minY + j * CELL_MM];
        const wb = ((x - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (y - a[1])) / det;
        const wc = ((b[0] - a[0]) * (y - a[1]) - (x - a[0]) * (b[1] - a[1])) / det;
        if (wb < 0 || wc < 0 || wb + wc > 1) continue;
        const zz = a[2] + wb * (b[2] - a[2]) + wc * (c[2] - a[2]);
        if (zz > z[j * columns + i]!) z[j * columns + i] = zz;
      }
  }
  return { z, columns, rows };
}

/** The model seen from the front: silhouettes back to front, and each surface's grid of points in view. */
export function frontOutline(
  meshes: OutlineMesh[],
  colours: Readonly<Record<string, string>>,
  g: { scaleToMm: number; surfaces: Array<Pick<ModelSurface, 'id' | 'mesh' | 'uv'>> },
): ModelOutline {
  const names = [...new Set(meshes.map((m) => m.mesh))];
  const byName = names.map((name) => {
    const parts = meshes.filter((m) => m.mesh === name);
    return { name, material: parts[0]!.material, tris: parts.flatMap((p) => trianglesMm(p, g.scaleToMm)) };
  });
  const view = boxOf(byName.flatMap((m) => m.tris));
  const depths = byName.map((m) => depthGrid(m.tris, view));
  // ahead[a][b] > 0: where both cover the same cells, a is mostly in front of b.
  const ahead = depths.map((d) =>
    depths.map((e) => {
      let n = 0;
      for (let k = 0; k < d.z.length; k++)
        if (Number.isFinite(d.z[k]) && Number.isFinite(e.z[k])) n += Math.sign(d.z[k]! - e.z[k]!);
      return n;
    }),
  );
  // Back to front: each time, a mesh in front of none of those left (or the least in front).
  const order: number[] = [];
  const left = byName.map((_, i) => i);
  while (left.length) {
    const inFront = (a: number) => left.reduce((n, b) => n + Math.max(0, ahead[a]![b]!), 0);
    const next = left.reduce((best, a) => (inFront(a) < inFront(best) ? a : best), left[0]!);
    order.push(next);
    left.splice(left.indexOf(next), 1);
  }
  const front = (x: number, y: number) => {
    const i = Math.round((x - view.minX) / CELL_MM);
    const j = Math.round((y - view.minY) / CELL_MM);
    return Math.max(...depths.map((d) => d.z[j * d.columns + i] ?? -Infinity));
  };
  const COLUMNS = 17;
  const ROWS = 9;
  return {
    widthMm: r2(view.maxX - view.minX),
    heightMm: r2(view.maxY - view.minY),
    meshes: order.map((i) => ({
      mesh: byName[i]!.name,
      material: byName[i]!.material,
      hex: colours[byName[i]!.material] ?? '#bdbdbd',
      path: silhouette(byName[i]!.tris, view),
    })),
    surfaces: g.surfaces.map((s) => {
      const parts = meshes.filter((m) => m.mesh === s.mesh);
      const points: Array<P | null> = [];
      for (let j = 0; j < ROWS; j++)
        for (let i = 0; i < COLUMNS; i++) {
          const u = s.uv.u0 + ((s.uv.u1 - s.uv.u0) * i) / (COLUMNS - 1);
          const v = s.uv.v0 + ((s.uv.v1 - s.uv.v0) * j) / (ROWS - 1);
          const hit = parts.map((p) => pointAtUv(p, u, v, g.scaleToMm)).find((h) => h !== null);
          const seen = hit && hit.normal[2] > 0.05 && hit.point[2] >= front(hit.point[0], hit.point[1]) - 1.5;
          points.push(seen ? [r2(hit.point[0] - view.minX), r2(view.maxY - hit.point[1])] : null);
        }
      return { id: s.id, columns: COLUMNS, rows: ROWS, points };
    }),
  };
}
