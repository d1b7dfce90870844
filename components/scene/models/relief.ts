// Garments as two puffed-up panels, front (z > 0) and back (z < 0), drawn from their flat
// outline in scene mm (x right seen from the front, y up). Each panel rises with the distance
// from the seams where front and back are sewn together (from `edge` at the seam to `depth`),
// and a rounded strip joins the panels along those seams (seam-strip.ts), so a tee or a pair
// of jeans gets a round body; openings (neck, hem, waist, cuffs) stay open so the inside shows.
import { BufferAttribute, BufferGeometry, ShapeUtils, Vector2, Vector3 } from 'three';
import type { Outline, Pt } from '@/lib/templates/geometry';
import { triangulateOutline } from './grid-triangulate';

// Flat outlines are the garment layouts' own types.
export type { Outline, Pt } from '@/lib/templates/geometry';

/** How dark the cloth gets at the seams, relative to the open panel. */
export const SEAM_SHADE = 0.72;

/**
 * A panel over a flat outline in scene x/y (side 1 the front, -1 the back): where a point lies,
 * which way it faces and how shaded it is. Meshes, prints and stitches are laid on one.
 */
export type PanelSurface = {
  surface(x: number, y: number, side: 1 | -1, lift?: number): { point: Vector3; normal: Vector3; shade: number };
};

/** Height of a panel above the flat outline, from the distance to the closed seams. */
export class ReliefField implements PanelSurface {
  /**
   * Seam segments, flat for speed (this runs for every vertex): start, direction, 1 / length²,
   * and the inward normals along the segment and at its two ends.
   */
  private readonly segs: Float64Array;

  /** Height at the seams, where the rounded side strip takes over. */
  readonly edge: number;
  /** Where the elliptical cross-section is centred, `centre` mm in from the seam. */
  readonly centre: number;

  /**
   * The cross-section near a seam is a quarter ellipse `reach` mm wide and `depth` high; the
   * panel keeps the part inside the seam line, from `edgeShare` of the depth up, and the side
   * strip the part beyond it.
   */
  constructor(
    readonly outline: Outline,
    readonly depth: number,
    readonly reach: number,
    edgeShare = 0.5,
    /** How much lighter the most exposed cloth is (worn denim fades on thighs and seat). */
    readonly fade = 0,
  ) {
    this.edge = depth * edgeShare;
    this.centre = reach * Math.sqrt(1 - edgeShare * edgeShare);
    const n = outline.points.length;
    const area = outline.points.reduce(
      (a, [x, y], i) => a + x * outline.points[(i + 1) % n]![1] - outline.points[(i + 1) % n]![0] * y,
      0,
    );
    const turn = area > 0 ? 1 : -1;
    const normal = (i: number): Pt => {
      const [ax, ay] = outline.points[(i + n) % n]!;
      const [bx, by] = outline.points[(i + 1) % n]!;
      const len = Math.hypot(bx - ax, by - ay) || 1;
      return [(turn * (ay - by)) / len, (turn * (bx - ax)) / len];
    };
    // Where two seams meet, the inside is told by the bisector of their normals (a point
    // nearest a corner can be off both segments' sides); where a seam meets an opening,
    // by the seam's own normal, so the inside of the opening still counts as inside.
    const corner = (i: number, j: number): Pt => {
      if (outline.open[(j + n) % n]) return normal(i);
      const [a, b] = [normal(i), normal(j)];
      const len = Math.hypot(a[0] + b[0], a[1] + b[1]) || 1;
      return [(a[0] + b[0]) / len, (a[1] + b[1]) / len];
    };
    this.segs = new Float64Array(
      outline.points.flatMap(([ax, ay], i) => {
        if (outline.open[i]) return [];
        const [bx, by] = outline.points[(i + 1) % n]!;
        const len2 = (bx - ax) ** 2 + (by - ay) ** 2 || 1;
        return [ax, ay, bx - ax, by - ay, 1 / len2, ...normal(i), ...corner(i, i - 1), ...corner(i, i + 1)];
      }),
    );
  }

  /** Height and its slope (d height / dx, dy) at a point. */
  at(x: number, y: number): { h: number; hx: number; hy: number } {
    let best = Infinity;
    let nx = 0;
    let ny = 0;
    let ix = 0;
    let iy = 0;
    const s = this.segs;
    for (let k = 0; k < s.length; k += 11) {
      const ax = s[k]!;
      const ay = s[k + 1]!;
      const dx = s[k + 2]!;
      const dy = s[k + 3]!;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) * s[k + 4]!));
      const px = x - (ax + t * dx);
      const py = y - (ay + t * dy);
      const d2 = px * px + py * py;
      if (d2 < best) {
        best = d2;
        nx = px;
        ny = py;
        const at = t <= 0 ? k + 7 : t >= 1 ? k + 9 : k + 5;
        ix = s[at]!;
        iy = s[at + 1]!;
      }
    }
    // Signed distance (negative beyond the seam line) and the direction it grows in; on the
    // seam itself that is the seam's inward normal.
    const far = Math.sqrt(best);
    const inside = nx * ix + ny * iy >= 0;
    const d = inside ? far : -far;
    const gx = far > 1e-6 ? (inside ? nx : -nx) / far : ix;
    const gy = far > 1e-6 ? (inside ? ny : -ny) / far : iy;
    const u = Math.min(0.999, Math.max(0, this.centre - d) / this.reach);
    const root = Math.sqrt(1 - u * u);
    const slope = (this.depth * u) / (this.reach * root);
    return { h: this.depth * root, hx: slope * gx, hy: slope * gy };
  }

  /**
   * The point `lift` mm above a panel (side 1 front, -1 back), its outward normal, and how
   * shaded the cloth is there: darker toward the seams, where little light gets in (a cheap
   * stand-in for ambient occlusion, used as vertex colour).
   */
  surface(x: number, y: number, side: 1 | -1, lift = 0): { point: Vector3; normal: Vector3; shade: number } {
    const { h, hx, hy } = this.at(x, y);
    const normal = new Vector3(-hx, -hy, side).normalize();
    const point = new Vector3(x, y, side * h).addScaledVector(normal, lift);
    const t = Math.max(0, Math.min(1, (h - this.edge) / (this.depth - this.edge)));
    return { point, normal, shade: SEAM_SHADE + (1 - SEAM_SHADE) * t + this.fade * t ** 4 };
  }
}

/** Splits every edge into pieces of at most `step` mm, keeping the opening flags. */
export function densify(outline: Outline, step: number): Outline {
  const points: Pt[] = [];
  const open: boolean[] = [];
  const n = outline.points.length;
  outline.points.forEach(([x, y], i) => {
    const [bx, by] = outline.points[(i + 1) % n]!;
    const pieces = Math.max(1, Math.ceil(Math.hypot(bx - x, by - y) / step));
    for (let k = 0; k < pieces; k++) {
      points.push([x + ((bx - x) * k) / pieces, y + ((by - y) * k) / pieces]);
      open.push(outline.open[i] ?? false);
    }
  });
  return { points, open };
}

export type ReliefOptions = {
  side: 1 | -1;
  /** Height above the panel, for pockets, bands and prints laid on it. */
  lift?: number;
  /** Mesh spacing in mm. */
  spacing: number;
  /** Texture coordinates at a point; millimetres by default, so cloth textures tile evenly. */
  uv?: (x: number, y: number) => Pt;
  /** Adds a rim from the lifted surface down to the panel, so a pocket shows its thickness. */
  rim?: boolean;
};

/** A mesh over a flat outline, lifted onto a panel (a garment's relief field, a tote's body), facing outward. */
export function reliefMesh(field: PanelSurface, outline: Pt[], o: ReliefOptions): BufferGeometry {
  const lift = o.lift ?? 0;
  const contour = densify({ points: outline, open: outline.map(() => false) }, o.spacing).points;
  const { points: all, triangles } = triangulateOutline(contour, o.spacing);
  const rimCount = o.rim ? contour.length * 2 : 0;
  const pos = new Float32Array((all.length + rimCount) * 3);
  const nrm = new Float32Array((all.length + rimCount) * 3);
  const uvs = new Float32Array((all.length + rimCount) * 2);
  const uvOf = o.uv ?? ((x: number, y: number): Pt => [x, y]);
  const col = new Float32Array((all.length + rimCount) * 3);
  all.forEach(([x, y], i) => {
    const { point, normal, shade } = field.surface(x, y, o.side, lift);
    point.toArray(pos, 3 * i);
    normal.toArray(nrm, 3 * i);
    col.fill(shade, 3 * i, 3 * i + 3);
    const [u, v] = uvOf(x, y);
    uvs[2 * i] = u;
    uvs[2 * i + 1] = v;
  });
  // Triangles come counter-clockwise seen from the front: keep them for the front panel,
  // turn them for the back one so both face outward.
  const index: number[] = [];
  for (let i = 0; i < triangles.length; i += 3) {
    const [a, b, c] = [triangles[i]!, triangles[i + 1]!, triangles[i + 2]!];
    index.push(...(o.side === 1 ? [a, b, c] : [a, c, b]));
  }
  if (o.rim) addRim(field, contour, o, all.length, pos, nrm, uvs, col, index, uvOf);
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setAttribute('normal', new BufferAttribute(nrm, 3));
  g.setAttribute('uv', new BufferAttribute(uvs, 2));
  g.setAttribute('color', new BufferAttribute(col, 3));
  g.setIndex(index);
  return g;
}

function addRim(
  field: PanelSurface,
  contour: Pt[],
  o: ReliefOptions,
  base: number,
  pos: Float32Array,
  nrm: Float32Array,
  uvs: Float32Array,
  col: Float32Array,
  index: number[],
  uvOf: (x: number, y: number) => Pt,
) {
  const n = contour.length;
  const clockwise = ShapeUtils.isClockWise(contour.map(([x, y]) => new Vector2(x, y)));
  contour.forEach(([x, y], i) => {
    const [px, py] = contour[(i + n - 1) % n]!;
    const [qx, qy] = contour[(i + 1) % n]!;
    // Outward in the plane: the edge direction turned away from the inside.
    const out = new Vector3(qy - py, px - qx, 0).multiplyScalar(clockwise ? -1 : 1).normalize();
    for (const [k, lift] of [
      [0, o.lift ?? 0],
      [1, 0],
    ] as const) {
      const v = base + 2 * i + k;
      const at = field.surface(x, y, o.side, lift);
      at.point.toArray(pos, 3 * v);
      out.toArray(nrm, 3 * v);
      col.fill(at.shade, 3 * v, 3 * v + 3);
      const [u, w] = uvOf(x, y);
      uvs[2 * v] = u;
      uvs[2 * v + 1] = w;
    }
    const a = base + 2 * i;
    const b = base + 2 * ((i + 1) % n);
    const flip = (o.side === 1) !== clockwise;
    index.push(...(flip ? [a, a + 1, b, b, a + 1, b + 1] : [a, b, a + 1, b, b + 1, a + 1]));
  });
}
