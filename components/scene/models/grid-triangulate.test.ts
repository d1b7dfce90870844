import { describe, expect, it } from 'vitest';
import { triangulateOutline } from './grid-triangulate';
import type { Pt } from './relief';

describe('triangulateOutline', () => {
  it('covers an L-shaped outline exactly, without cracks', () => {
    const outline: Pt[] = [
      [0, 0],
      [95, 0],
      [95, 33],
      [37, 33],
      [37, 81],
      [0, 81],
    ];
    const { points, triangles } = triangulateOutline(outline, 10);
    let area = 0;
    const edges = new Map<string, number>();
    for (let i = 0; i < triangles.length; i += 3) {
      const [a, b, c] = [points[triangles[i]!]!, points[triangles[i + 1]!]!, points[triangles[i + 2]!]!];
      area += ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) / 2;
      for (const [p, q] of [
        [i, i + 1],
        [i + 1, i + 2],
        [i + 2, i],
      ] as const) {
        const key = [triangles[p]!, triangles[q]!].sort((x, y) => x - y).join();
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    expect(area).toBeCloseTo(95 * 33 + 37 * 48, 6);
    // Every edge used by one triangle only lies on the outline.
    const onOutline = ([x, y]: Pt) =>
      x === 0 || y === 0 || x === 95 || y === 81 || (y === 33 && x >= 37) || (x === 37 && y >= 33);
    for (const [key, n] of edges)
      if (n === 1) for (const v of key.split(',')) expect(onOutline(points[Number(v)]!)).toBe(true);
  });
});
