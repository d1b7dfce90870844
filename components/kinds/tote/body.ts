// The body of a canvas tote standing on y = 0, front toward +z, x across centred on the
// panels. Its two panels are exactly panel width x height in x/y; lightly filled, each bulges
// out from its seams (flat in the middle, rounding toward the sides and the bottom), the
// gusset strip joins them down both sides and across the flat bottom, and the top narrows a
// little where the handles pull the opening together. Everything in millimetres.
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import type { ToteGeometry } from '@/lib/kinds/tote/schema';
import { handleEndsX } from '@/lib/kinds/tote/layout';
import type { PanelSurface, Pt } from '@/components/scene/models/relief';
import { windToward } from '@/components/scene/models/shapes';

const UP = new Vector3(0, 1, 0);

/** How far a panel's middle stands out from its seams, as a share of the panel width. */
const BULGE = 0.06;
/** How far the gussets bow out, as a share of the gusset depth. */
const SIDE_BULGE = 0.1;
/**
 * Near the top, where the handles pull the panels together, each gusset folds in along its
 * middle: this far at the top edge, as a share of the gusset depth, fading out halfway down.
 */
const FOLD = 0.22;
/** How much shallower the bag is at the top edge than at the bottom. */
const TAPER = 0.25;
/** Share of the bulge the stiff top hem gives up. */
const TOP_EASE = 0.35;
/** Across the panel the bulge falls off toward the sides like 1 - |u|^P: about a parabola, as filled canvas rounds. */
const P = 2.2;
/** How much of the bulge the top edge gives in beside the handle ends. */
const PULL = 0.35;
/** The creases below the handle ends: depth as a share of the bulge, and how they slant inward. */
const CREASE = 0.25;
const CREASE_SLANT = 0.3;
/** Shade at a seam; cloth further than SHADE_REACH from one takes full light. */
const SEAM_SHADE = 0.74;
const SHADE_REACH = 70;
/** The folded top hem is three layers of canvas: the thickness the top edge shows. */
const RIM_MM = 2;

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

/** A tote body: its panels as a PanelSurface, and the gussets, bottom and rim around them. */
export class ToteBody implements PanelSurface {
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  private readonly bulge: number;
  private readonly sideBulge: number;
  /** Scene x of the handle ends (the same on both panels), and how far down they are sewn. */
  private readonly handleEnds: number[];
  private readonly attach: number;
  private readonly pullReach: number;
  private readonly creaseWidth: number;
  private readonly creaseLength: number;

  constructor(g: ToteGeometry) {
    this.width = g.panel.widthMm;
    this.height = g.panel.heightMm;
    this.depth = g.gussetMm;
    this.bulge = BULGE * this.width;
    this.sideBulge = SIDE_BULGE * this.depth;
    this.handleEnds = handleEndsX(g).map((x) => x - this.width / 2);
    this.attach = g.handle.attachMm;
    this.pullReach = g.handle.widthMm * 1.5;
    this.creaseWidth = g.handle.widthMm * 0.9;
    this.creaseLength = this.height * 0.18;
  }

  /** Half the bag's depth at the seams, at height y. */
  halfDepth(y: number): number {
    return (this.depth / 2) * (1 - TAPER * (y / this.height) ** 2);
  }

  /** How much of the bulge a height has: none at the bottom seam, most of it above a third. */
  private rise(y: number): number {
    const v = clamp01(y / this.height);
    return (1 - (1 - v) ** 3) * (1 - TOP_EASE * v ** 4);
  }

  /**
   * A panel's distance from the centre plane: the bulge, less where the bag hangs from its
   * handles. Each end holds the top edge out while the cloth beside it gives in a little, and
   * a soft crease runs down and inward from it, fading out.
   */
  private panelDepth(x: number, y: number): number {
    const a = Math.min(1, Math.abs((2 * x) / this.width));
    const fromTop = this.height - y;
    let nearest = Infinity;
    for (const e of this.handleEnds) nearest = Math.min(nearest, Math.abs(x - e));
    let share = 1 - PULL * (1 - Math.exp(-((nearest / this.pullReach) ** 2))) * Math.exp(-fromTop / (0.25 * this.height));
    // Distance from each crease line, which slants toward the middle as it goes down.
    const along = fromTop - this.attach;
    if (along > 0) {
      for (const e of this.handleEnds) {
        const across = x - (e - Math.sign(e) * CREASE_SLANT * along);
        const fade = (along / this.creaseLength) * Math.exp(1 - along / this.creaseLength);
        share -= CREASE * Math.exp(-((across / this.creaseWidth) ** 2)) * fade;
      }
    }
    // Everything rides on the bulge, which is nought at the seams: the panel meets the gussets
    // and the bottom exactly.
    return this.halfDepth(y) + this.bulge * (1 - a ** P) * this.rise(y) * share;
  }

  /** A panel's depth and its slope, by central differences (the shape is a sum of soft terms). */
  private panel(x: number, y: number): { h: number; hx: number; hy: number } {
    const e = 0.25;
    const h = this.panelDepth(x, y);
    return {
      h,
      hx: (this.panelDepth(x + e, y) - this.panelDepth(x - e, y)) / (2 * e),
      hy: (this.panelDepth(x, y + e) - this.panelDepth(x, y - e)) / (2 * e),
    };
  }

  /** Darker toward the side and bottom seams, where little light gets in. */
  private shade(distance: number): number {
    const k = clamp01(distance / SHADE_REACH);
    return SEAM_SHADE + (1 - SEAM_SHADE) * k * (2 - k);
  }

  surface(x: number, y: number, side: 1 | -1, lift = 0) {
    const { h, hx, hy } = this.panel(x, y);
    const normal = new Vector3(-hx, -hy, side).normalize();
    const point = new Vector3(x, y, side * h).addScaledVector(normal, lift);
    return { point, normal, shade: this.shade(Math.min(this.width / 2 - Math.abs(x), y)) };
  }

  /** A point of a gusset side (s = 1 right, -1 left): t runs from the back seam (-1) to the front seam (1). */
  gussetPoint(s: 1 | -1, t: number, y: number): Vector3 {
    const fold = FOLD * this.depth * (1 - Math.abs(t)) * clamp01((y / this.height - 0.5) / 0.5) ** 1.5;
    const out = this.sideBulge * (1 - t * t) * this.rise(y) - fold;
    return new Vector3(s * (this.width / 2 + out), y, t * this.halfDepth(y));
  }

  /** Both gusset sides and the bottom, each a grid about `spacing` mm apart. */
  gussets(spacing: number): BufferGeometry[] {
    const rows = Math.ceil(this.height / spacing);
    const cols = Math.ceil(this.depth / spacing);
    const sides = ([1, -1] as const).map((s) =>
      grid(
        cols,
        rows,
        (i, j) => {
          const t = -1 + (2 * i) / cols;
          const y = (this.height * j) / rows;
          const seam = Math.min((1 - Math.abs(t)) * this.halfDepth(y), y);
          return {
            point: this.gussetPoint(s, t, y),
            uv: [t * this.halfDepth(y), y],
            shade: this.shade(seam) * 0.94,
          };
        },
        new Vector3(s, 0, 0),
      ),
    );
    const across = Math.ceil(this.width / spacing);
    const bottom = grid(
      across,
      cols,
      (i, j) => {
        const x = -this.width / 2 + (this.width * i) / across;
        const z = -this.depth / 2 + (this.depth * j) / cols;
        return { point: new Vector3(x, 0, z), uv: [x, z], shade: SEAM_SHADE * 0.8 };
      },
      new Vector3(0, -1, 0),
    );
    return [...sides, bottom];
  }

  /** The opening's outline at the top edge, going round front, right, back, left. */
  private opening(spacing: number): Vector3[] {
    const y = this.height;
    const across = Math.ceil(this.width / spacing);
    const deep = Math.ceil(this.depth / spacing);
    const edge = (side: 1 | -1) =>
      Array.from({ length: across }, (_, i) => {
        const x = side * (-this.width / 2 + (this.width * i) / across);
        return this.surface(x, y, side).point;
      });
    const gusset = (s: 1 | -1) =>
      Array.from({ length: deep }, (_, i) => this.gussetPoint(s, s * (1 - (2 * i) / deep), y));
    return [...edge(1), ...gusset(1), ...edge(-1), ...gusset(-1)];
  }

  /** The top edge's thickness: a thin band facing up all round the opening. */
  rim(spacing: number): BufferGeometry {
    const outer = this.opening(spacing);
    const n = outer.length;
    const pos: number[] = [];
    const uv: number[] = [];
    outer.forEach((p, i) => {
      const prev = outer[(i + n - 1) % n]!;
      const next = outer[(i + 1) % n]!;
      // Inward in the horizontal plane (the outline runs front, right, back, left).
      const inward = new Vector3(next.z - prev.z, 0, prev.x - next.x).normalize().multiplyScalar(RIM_MM);
      const inner = p.clone().add(inward);
      pos.push(p.x, p.y, p.z, inner.x, inner.y, inner.z);
      uv.push(p.x, p.z, inner.x, inner.z);
    });
    const index: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = 2 * i;
      const b = 2 * ((i + 1) % n);
      index.push(...windToward(pos, [a, b, a + 1], UP), ...windToward(pos, [b, b + 1, a + 1], UP));
    }
    return withShade(pos, uv, index, UP, 1);
  }
}

/** A geometry from flat arrays, shaded by one value or one per vertex; normals given, or smoothed. */
function withShade(
  pos: number[],
  uv: number[],
  index: number[],
  normal: Vector3 | null,
  shade: number | number[],
): BufferGeometry {
  const g = new BufferGeometry();
  const count = pos.length / 3;
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3));
  g.setAttribute('uv', new BufferAttribute(new Float32Array(uv), 2));
  const colours =
    typeof shade === 'number'
      ? new Float32Array(count * 3).fill(shade)
      : new Float32Array(shade.flatMap((s) => [s, s, s]));
  g.setAttribute('color', new BufferAttribute(colours, 3));
  g.setIndex(index);
  if (normal)
    g.setAttribute(
      'normal',
      new BufferAttribute(
        new Float32Array(Array.from({ length: count }, () => [normal.x, normal.y, normal.z]).flat()),
        3,
      ),
    );
  else g.computeVertexNormals();
  return g;
}

/** A (cols+1) x (rows+1) grid of points, its triangles wound to face `outward`. */
function grid(
  cols: number,
  rows: number,
  at: (i: number, j: number) => { point: Vector3; uv: Pt; shade: number },
  outward: Vector3,
): BufferGeometry {
  const pos: number[] = [];
  const uv: number[] = [];
  const shades: number[] = [];
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i <= cols; i++) {
      const v = at(i, j);
      pos.push(v.point.x, v.point.y, v.point.z);
      uv.push(...v.uv);
      shades.push(v.shade);
    }
  }
  const id = (i: number, j: number) => j * (cols + 1) + i;
  const index: number[] = [];
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      index.push(
        ...windToward(pos, [id(i, j), id(i + 1, j), id(i + 1, j + 1)], outward),
        ...windToward(pos, [id(i, j), id(i + 1, j + 1), id(i, j + 1)], outward),
      );
    }
  }
  return withShade(pos, uv, index, null, shades);
}
