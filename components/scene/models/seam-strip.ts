// The rounded side of a garment: along every run of sewn (closed) edges, a strip carries the
// panels' elliptical cross-section from the front panel's edge (z = +edge) round to the back
// panel's (z = -edge), bulging a little beyond the seam line. A structured strip keeps the
// silhouette smooth from any side.
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { densify, SEAM_SHADE, type Pt, type ReliefField } from './relief';

const STEPS = 10;

/** The strip along the field's closed edges, sampled every `spacing` mm. */
export function seamStrip(field: ReliefField, spacing: number): BufferGeometry {
  const { points, open } = densify(field.outline, spacing);
  const n = points.length;
  // Counter-clockwise outlines have the outside on the right of each edge.
  const area = points.reduce(
    (a, [x, y], i) => a + x * points[(i + 1) % n]![1] - points[(i + 1) % n]![0] * y,
    0,
  );
  const turn = area > 0 ? 1 : -1;
  const edgeNormal = (i: number): Pt => {
    const [ax, ay] = points[(i + n) % n]!;
    const [bx, by] = points[(i + 1 + n) % n]!;
    const len = Math.hypot(bx - ax, by - ay) || 1;
    return [(turn * (by - ay)) / len, (turn * (ax - bx)) / len];
  };
  // Runs of closed edges, as lists of point indices; start just after an opening.
  const start = Math.max(0, open.indexOf(true) + 1);
  const runs: number[][] = [];
  let run: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (open[i]) {
      if (run.length) runs.push([...run, i]);
      run = [];
    } else run.push(i);
  }
  if (run.length) runs.push(open.includes(true) ? [...run, (start + n) % n] : [...run, run[0]!]);

  const pos: number[] = [];
  const nrm: number[] = [];
  const uv: number[] = [];
  const index: number[] = [];
  // The ellipse of the cross-section, from the angle where it meets the front panel to the
  // one where it meets the back panel, and a little further: the panels' edges have other
  // vertices than the strip's, and tucking the strip under them hides the pixel cracks such
  // T-junctions leave.
  const tuck = 3 / (field.reach * Math.sqrt(1 - (field.edge / field.depth) ** 2) + 1e-6);
  const a0 = Math.min(Math.PI / 2, Math.asin(field.edge / field.depth) + tuck);
  for (const ids of runs) {
    const base = pos.length / 3;
    let along = 0;
    ids.forEach((i, k) => {
      const [x, y] = points[i]!;
      if (k > 0) along += Math.hypot(x - points[ids[k - 1]!]![0], y - points[ids[k - 1]!]![1]);
      // At the ends of a run only the sewn edge counts, not the opening next to it.
      const [ax, ay] = edgeNormal(k === 0 ? i : i - 1);
      const [bx, by] = edgeNormal(k === ids.length - 1 ? i - 1 : i);
      const out = new Vector3(ax + bx, ay + by, 0).normalize();
      for (let j = 0; j <= STEPS; j++) {
        const a = a0 - (2 * a0 * j) / STEPS;
        const reach = field.reach * Math.cos(a) - field.centre;
        pos.push(x + out.x * reach, y + out.y * reach, field.depth * Math.sin(a));
        const normal = out
          .clone()
          .multiplyScalar(Math.cos(a) / field.reach)
          .setZ(Math.sin(a) / field.depth)
          .normalize();
        nrm.push(normal.x, normal.y, normal.z);
        uv.push(along, field.depth * (a0 - a));
      }
    });
    for (let k = 0; k + 1 < ids.length; k++) {
      for (let j = 0; j < STEPS; j++) {
        const a = base + k * (STEPS + 1) + j;
        const b = a + STEPS + 1;
        // Wound to face outward: along the run, then from front to back.
        index.push(...(turn > 0 ? [a, a + 1, b, b, a + 1, b + 1] : [a, b, a + 1, b, b + 1, a + 1]));
      }
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array(nrm), 3));
  g.setAttribute('uv', new BufferAttribute(new Float32Array(uv), 2));
  g.setAttribute('color', new BufferAttribute(new Float32Array(pos.length).fill(SEAM_SHADE), 3));
  g.setIndex(index);
  return g;
}
