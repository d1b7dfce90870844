import 'server-only';
import { triangleAt, triangleCount, type MeshArrays } from '../../kinds/model/uv-mesh';
import type { UvIsland } from '../../models/upload';

// A mesh's UV layout as islands, for the studio's UV view: triangles that share an edge in
// both uv and position are one piece (as lib/kinds/model/uv-measure.ts counts them), and an
// island's outline is the edges only one of its triangles has.

/** At most this many outline segments per mesh are sent to the studio. */
const MAX_SEGMENTS = 20_000;

const round = (x: number) => Math.round(x * 1e5) / 1e5;

type Edge = { key: string; a: [number, number]; b: [number, number] };

function vertexKey(v: { u: number; v: number; p: [number, number, number] }): string {
  const q = (x: number, step: number) => Math.round(x / step);
  return `${q(v.u, 1e-6)},${q(v.v, 1e-6)},${q(v.p[0], 1e-6)},${q(v.p[1], 1e-6)},${q(v.p[2], 1e-6)}`;
}

/** The islands of a mesh's UV layout, biggest first, and whether their outlines were cut short. */
export function uvIslands(mesh: MeshArrays): { islands: UvIsland[]; truncated: boolean } {
  const count = triangleCount(mesh);
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const edgeOwner = new Map<string, number>();
  const edgeUses = new Map<string, number>();
  const edges: Edge[][] = [];
  for (let t = 0; t < count; t++) {
    const { vertices } = triangleAt(mesh, t, 1);
    const keys = vertices.map(vertexKey);
    const mine: Edge[] = [];
    for (let i = 0; i < 3; i++) {
      const j = (i + 1) % 3;
      const key = [keys[i]!, keys[j]!].sort().join('|');
      mine.push({ key, a: [vertices[i]!.u, vertices[i]!.v], b: [vertices[j]!.u, vertices[j]!.v] });
      edgeUses.set(key, (edgeUses.get(key) ?? 0) + 1);
      const other = edgeOwner.get(key);
      if (other === undefined) edgeOwner.set(key, t);
      else parent[find(t)] = find(other);
    }
    edges.push(mine);
  }
  const byRoot = new Map<number, number[]>();
  for (let t = 0; t < count; t++) {
    const root = find(t);
    const list = byRoot.get(root) ?? [];
    list.push(t);
    byRoot.set(root, list);
  }
  const groups = [...byRoot.values()].sort((a, b) => b.length - a.length);
  let segments = 0;
  let truncated = false;
  const islands = groups.map((triangles): UvIsland => {
    let u0 = Infinity,
      v0 = Infinity,
      u1 = -Infinity,
      v1 = -Infinity;
    const outline: number[] = [];
    for (const t of triangles) {
      for (const e of edges[t]!) {
        for (const [u, v] of [e.a, e.b]) {
          u0 = Math.min(u0, u);
          v0 = Math.min(v0, v);
          u1 = Math.max(u1, u);
          v1 = Math.max(v1, v);
        }
        if (edgeUses.get(e.key) !== 1) continue;
        if (segments >= MAX_SEGMENTS) {
          truncated = true;
          continue;
        }
        segments++;
        outline.push(round(e.a[0]), round(e.a[1]), round(e.b[0]), round(e.b[1]));
      }
    }
    return {
      rect: { u0: round(u0), v0: round(v0), u1: round(u1), v1: round(v1) },
      triangles: triangles.length,
      outline,
    };
  });
  return { islands, truncated };
}
