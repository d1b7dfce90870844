// Garments as two puffed-up panels, front (z > 0) and back (z < 0), drawn from their flat
// outline in scene mm (x right seen from the front, y up). Each panel rises with the distance
// from the seams where front and back are sewn together (from `edge` at the seam to `depth`),
// and a rounded strip joins the panels along those seams (seam-strip.ts), so a tee or a pair
// of jeans gets a round body; openings (neck, hem, waist, cuffs) stay open so the inside shows.
import { BufferAttribute, BufferGeometry, ShapeUtils, Vector2, Vector3 } from 'three';
import { triangulateOutline } from './grid-triangulate';

export type Pt = [number, number];

/** A closed outline and, per edge (point i to i + 1), whether it is an opening. */
export type Outline = { points: Pt[]; open: boolean[] };

/** Height of a panel above the flat outline, from the distance to the closed seams. */
export class ReliefField {
  private readonly segs: Array<[number, number, number, number]>;

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
  ) {
    this.edge = depth * edgeShare;
    this.centre = reach * Math.sqrt(1 - edgeShare * edgeShare);
    const n = outline.points.length;
    this.segs = outline.points.flatMap(([x, y], i) => {
      const next = outline.points[(i + 1) % n]!;
      return outline.open[i] ? [] : [[x, y, next[0], next[1]] as [number, number, number, number]];
    });
  }

  /** Height and its slope (d height / dx, dy) at a point. */
  at(x: number, y: number): { h: number; hx: number; hy: number } {
    let best = Infinity;
    let nx = 0;
    let ny = 0;
    for (const [ax, ay, bx, by] of this.segs) {
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy || 1;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      const px = x - (ax + t * dx);
      const py = y - (ay + t * dy);
      const d2 = px * px + py * py;
      if (d2 < best) {
        best = d2;
        nx = px;
        ny = py;
      }
    }
    const d = Math.sqrt(best);
    const u = Math.max(0, this.centre - d) / this.reach;
    const root = Math.sqrt(1 - u * u);
    const h = this.depth * root;
    const slope = d === 0 ? 0 : (this.depth * u) / (this.reach * root);
    return { h, hx: d ? (slope * nx) / d : 0, hy: d ? (slope * ny) / d : 0 };
  }

  /** The point `lift` mm above a panel (side 1 front, -1 back) and its outward normal. */
  surface(x: number, y: number, side: 1 | -1, lift = 0): { point: Vector3; normal: Vector3 } {
    const { h, hx, hy } = this.at(x, y);
    const normal = new Vector3(-hx, -hy, side).normalize();
    const point = new Vector3(x, y, side * h).addScaledVector(normal, lift);
    return { point, normal };
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

/** A mesh over a flat outline, lifted onto a panel of the field, facing outward. */
export function reliefMesh(field: ReliefField, outline: Pt[], o: ReliefOptions): BufferGeometry {
  const lift = o.lift ?? 0;
  const contour = densify({ points: outline, open: outline.map(() => false) }, o.spacing).points;
  const { points: all, triangles } = triangulateOutline(contour, o.spacing);
  const rimCount = o.rim ? contour.length * 2 : 0;
  const pos = new Float32Array((all.length + rimCount) * 3);
  const nrm = new Float32Array((all.length + rimCount) * 3);
  const uvs = new Float32Array((all.length + rimCount) * 2);
  const uvOf = o.uv ?? ((x: number, y: number): Pt => [x, y]);
  all.forEach(([x, y], i) => {
    const { point, normal } = field.surface(x, y, o.side, lift);
    point.toArray(pos, 3 * i);
    normal.toArray(nrm, 3 * i);
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
  if (o.rim) addRim(field, contour, o, all.length, pos, nrm, uvs, index, uvOf);
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setAttribute('normal', new BufferAttribute(nrm, 3));
  g.setAttribute('uv', new BufferAttribute(uvs, 2));
  g.setIndex(index);
  return shadeBySeams(g, field);
}

/** How dark the cloth gets at the seams, relative to the open panel. */
export const SEAM_SHADE = 0.72;

/**
 * Vertex colours that darken the cloth toward the seams, where front and back meet and
 * little light gets in (a cheap stand-in for ambient occlusion).
 */
export function shadeBySeams(g: BufferGeometry, field: ReliefField): BufferGeometry {
  const pos = g.getAttribute('position');
  const colour = new Float32Array(pos.count * 3);
  for (let i = 0; i < pos.count; i++) {
    const h = Math.abs(field.at(pos.getX(i), pos.getY(i)).h);
    const t = Math.max(0, Math.min(1, (h - field.edge) / (field.depth - field.edge)));
    colour.fill(SEAM_SHADE + (1 - SEAM_SHADE) * t, 3 * i, 3 * i + 3);
  }
  g.setAttribute('color', new BufferAttribute(colour, 3));
  return g;
}

function addRim(
  field: ReliefField,
  contour: Pt[],
  o: ReliefOptions,
  base: number,
  pos: Float32Array,
  nrm: Float32Array,
  uvs: Float32Array,
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
    for (const [k, lift] of [[0, o.lift ?? 0], [1, 0]] as const) {
      const v = base + 2 * i + k;
      field.surface(x, y, o.side, lift).point.toArray(pos, 3 * v);
      out.toArray(nrm, 3 * v);
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
