// Triangulates a flat outline into an even mesh: a square grid inside, each cell that the
// outline crosses clipped to it. Even spacing matters because the garment panels are bent
// afterwards, and long thin triangles would bend as straight lines.
import { ShapeUtils, Vector2 } from 'three';
import type { Pt } from './relief';

export type FlatMesh = { points: Pt[]; triangles: number[] };

/** Sutherland-Hodgman: the part of `poly` on the kept side of one axis-aligned line. */
function clipAxis(poly: Pt[], axis: 0 | 1, at: number, keepBelow: boolean): Pt[] {
  const keeps = (p: Pt) => (keepBelow ? p[axis] <= at : p[axis] >= at);
  const out: Pt[] = [];
  poly.forEach((p, i) => {
    const q = poly[(i + 1) % poly.length]!;
    const pIn = keeps(p);
    const qIn = keeps(q);
    if (pIn) out.push(p);
    if (pIn !== qIn) {
      const t = (at - p[axis]) / (q[axis] - p[axis]);
      const x = axis === 0 ? at : p[0] + (q[0] - p[0]) * t;
      const y = axis === 1 ? at : p[1] + (q[1] - p[1]) * t;
      out.push([x, y]);
    }
  });
  return out;
}

const area = (poly: Pt[]) =>
  poly.reduce((a, [x, y], i) => {
    const [qx, qy] = poly[(i + 1) % poly.length]!;
    return a + x * qy - qx * y;
  }, 0) / 2;

/** An even triangle mesh over a simple outline; triangles are counter-clockwise (y up). */
export function triangulateOutline(outline: Pt[], spacing: number): FlatMesh {
  const xs = outline.map((p) => p[0]);
  const ys = outline.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const cols = Math.max(1, Math.ceil((Math.max(...xs) - x0) / spacing));
  const rows = Math.max(1, Math.ceil((Math.max(...ys) - y0) / spacing));
  const sx = (Math.max(...xs) - x0) / cols || spacing;
  const sy = (Math.max(...ys) - y0) / rows || spacing;

  // Which cells each outline edge passes through (by bounding box: enough to flag them).
  const crossed = new Set<number>();
  outline.forEach((p, i) => {
    const q = outline[(i + 1) % outline.length]!;
    const c0 = Math.floor((Math.min(p[0], q[0]) - x0) / sx);
    const c1 = Math.floor((Math.max(p[0], q[0]) - x0) / sx);
    const r0 = Math.floor((Math.min(p[1], q[1]) - y0) / sy);
    const r1 = Math.floor((Math.max(p[1], q[1]) - y0) / sy);
    for (let r = Math.max(0, r0); r <= Math.min(rows - 1, r1); r++) {
      for (let c = Math.max(0, c0); c <= Math.min(cols - 1, c1); c++) crossed.add(r * cols + c);
    }
  });
  const points: Pt[] = [];
  const ids = new Map<number, number>();
  // Neighbouring cells compute shared points separately: merge what agrees to 0.1 µm, or the
  // mesh would crack along cell borders. The key packs both rounded coordinates into one
  // exact integer (|y| under 5 m), which a Map looks up far faster than a string.
  const id = ([x, y]: Pt) => {
    const key = Math.round(x * 1e4) * 1e8 + Math.round(y * 1e4) + 5e7;
    let v = ids.get(key);
    if (v === undefined) ids.set(key, (v = points.push([x, y]) - 1));
    return v;
  };
  const triangles: number[] = [];
  const emit = (a: Pt, b: Pt, c: Pt) => {
    const ccw = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    if (Math.abs(ccw) < 1e-9) return;
    triangles.push(...(ccw > 0 ? [id(a), id(b), id(c)] : [id(a), id(c), id(b)]));
  };

  for (let r = 0; r < rows; r++) {
    const ay = y0 + r * sy;
    const by = y0 + (r + 1) * sy;
    // Where the outline crosses this row's bottom line: a cell nothing crosses is inside
    // when an odd number of crossings lie left of its corner.
    const crossings = outline
      .flatMap(([xi, yi], i) => {
        const [xj, yj] = outline[(i + 1) % outline.length]!;
        return yi > ay !== yj > ay ? [xi + ((xj - xi) * (ay - yi)) / (yj - yi)] : [];
      })
      .sort((a, b) => a - b);
    // The outline clipped to the row once, then to each crossed cell of the row.
    let strip: Pt[] | null = null;
    let left = 0;
    for (let c = 0; c < cols; c++) {
      const ax = x0 + c * sx;
      const bx = x0 + (c + 1) * sx;
      while (left < crossings.length && crossings[left]! < ax) left++;
      if (!crossed.has(r * cols + c)) {
        if (left % 2 === 1) {
          emit([ax, ay], [bx, ay], [bx, by]);
          emit([ax, ay], [bx, by], [ax, by]);
        }
        continue;
      }
      strip ??= clipAxis(clipAxis(outline, 1, ay, false), 1, by, true);
      const piece = clipAxis(clipAxis(strip, 0, ax, false), 0, bx, true);
      if (piece.length < 3 || Math.abs(area(piece)) < 1e-6) continue;
      const faces = ShapeUtils.triangulateShape(
        piece.map(([x, y]) => new Vector2(x, y)),
        [],
      );
      for (const f of faces) emit(piece[f[0]!]!, piece[f[1]!]!, piece[f[2]!]!);
    }
  }
  return { points, triangles };
}
