// Topstitching and seams as rows of tiny ridges lying on a panel, all merged into one geometry
// per thread so a pair of jeans costs one draw call for its stitching.
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import type { PanelSurface, Pt } from './relief';

export type StitchStyle = {
  /** Stitch and gap length in mm; a gap of 0 draws a continuous line (a seam). */
  dash: number;
  gap: number;
  /** Half the thread's width and its height above the cloth, in mm. */
  width: number;
  lift: number;
};

export const TOPSTITCH: StitchStyle = { dash: 3.2, gap: 1.6, width: 0.55, lift: 0.7 };
export const SEAM: StitchStyle = { dash: 1000, gap: 0, width: 0.7, lift: 0.35 };

/** Collects stitch lines and turns them into one geometry. */
export class StitchBuilder {
  private readonly pos: number[] = [];
  private readonly nrm: number[] = [];
  private readonly col: number[] = [];

  constructor(private readonly field: PanelSurface) {}

  /** Stitches along a polyline (scene mm, flat) on one side's panel, `lift` mm above it. */
  line(points: Pt[], side: 1 | -1, style: StitchStyle, lift = 0): this {
    const marks = resample(points, style);
    for (const [a, b] of marks) this.dash(a, b, side, style, lift);
    return this;
  }

  private dash(a: Pt, b: Pt, side: 1 | -1, s: StitchStyle, lift: number) {
    const mid: Pt = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const { normal, shade } = this.field.surface(mid[0], mid[1], side);
    const along = new Vector3(b[0] - a[0], b[1] - a[1], 0);
    const across = new Vector3().crossVectors(normal, along).normalize().multiplyScalar(s.width);
    const ends = [a, b].map(([x, y]) => this.field.surface(x, y, side, lift + 0.05).point);
    const ridgeLift = normal.clone().multiplyScalar(s.lift);
    // Two slopes meeting at a ridge: left edge, ridge, right edge at each end.
    const row = (p: Vector3) => [p.clone().add(across), p.clone().add(ridgeLift), p.clone().sub(across)];
    const [l0, r0, q0] = row(ends[0]!);
    const [l1, r1, q1] = row(ends[1]!);
    const tiltL = normal.clone().add(across.clone().normalize().multiplyScalar(0.8)).normalize();
    const tiltR = normal.clone().sub(across.clone().normalize().multiplyScalar(0.8)).normalize();
    const quad = (p0: Vector3, p1: Vector3, p2: Vector3, p3: Vector3, n: Vector3) => {
      // Wound so the face looks along the panel's outward normal.
      const face = new Vector3().subVectors(p1, p0).cross(new Vector3().subVectors(p2, p0));
      const tri = face.dot(normal) >= 0 ? [p0, p1, p2, p2, p1, p3] : [p0, p2, p1, p1, p2, p3];
      for (const p of tri) {
        this.pos.push(p.x, p.y, p.z);
        this.nrm.push(n.x, n.y, n.z);
        this.col.push(shade, shade, shade);
      }
    };
    quad(l0!, l1!, r0!, r1!, tiltL);
    quad(r0!, r1!, q0!, q1!, tiltR);
  }

  /** The merged geometry (uvs are unused: thread is plain colour). */
  build(): BufferGeometry {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(this.pos), 3));
    g.setAttribute('normal', new BufferAttribute(new Float32Array(this.nrm), 3));
    g.setAttribute('uv', new BufferAttribute(new Float32Array((this.pos.length / 3) * 2), 2));
    g.setAttribute('color', new BufferAttribute(new Float32Array(this.col), 3));
    return g;
  }
}

/** Cuts a polyline into stitch marks of the style's dash and gap lengths. */
export function resample(points: Pt[], s: StitchStyle): Array<[Pt, Pt]> {
  const marks: Array<[Pt, Pt]> = [];
  const period = s.dash + s.gap;
  const step = Math.min(s.dash, 4);
  let travelled = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[i + 1]!;
    const len = Math.hypot(bx - ax, by - ay);
    for (let t = 0; t < len;) {
      const phase = (travelled + t) % period;
      const inDash = phase < s.dash;
      // Never stall on a rounding error at a dash boundary.
      const next = Math.min(
        len,
        t + Math.max(1e-3, inDash ? Math.min(s.dash - phase, step) : period - phase),
      );
      if (inDash && next > t) {
        const p = (u: number): Pt => [ax + ((bx - ax) * u) / len, ay + ((by - ay) * u) / len];
        marks.push([p(t), p(next)]);
      }
      t = next;
    }
    travelled += len;
  }
  return marks;
}
