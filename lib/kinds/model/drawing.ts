// A product made from a 3D model, drawn flat from the front to scale: each mesh's silhouette as
// computed from its triangles (outline.ts), the main material in the chosen colour and the
// others in their own, and each zone where its surface lies in that view. A model without an
// outline is drawn as its bounding box.
import {
  num,
  roundedRectPath,
  strokeFor,
  zoneOutline,
  type Drawing,
  type Palette,
  type PlacedZone,
} from '../../render/illustration/svg';
import type { KindDrawing } from '../kind';
import type { ModelGeometry, ModelOutline } from './schema';

type Grid = ModelOutline['surfaces'][number];
type Pt = [number, number];

/** Where surface point (s, t) in 0..1 lands in the front view, or null where the surface faces away. */
function project(grid: Grid, s: number, t: number): Pt | null {
  const gx = Math.min(grid.columns - 1.000001, Math.max(0, s * (grid.columns - 1)));
  const gy = Math.min(grid.rows - 1.000001, Math.max(0, t * (grid.rows - 1)));
  const [i, j] = [Math.floor(gx), Math.floor(gy)];
  const [fx, fy] = [gx - i, gy - j];
  const at = (a: number, b: number) => grid.points[b * grid.columns + a] ?? null;
  const corners = [at(i, j), at(i + 1, j), at(i, j + 1), at(i + 1, j + 1)];
  if (corners.some((c) => c === null)) return null;
  const [a, b, c, d] = corners as [Pt, Pt, Pt, Pt];
  const lerp = (k: 0 | 1) => (1 - fy) * ((1 - fx) * a[k] + fx * b[k]) + fy * ((1 - fx) * c[k] + fx * d[k]);
  return [lerp(0), lerp(1)];
}

/** The visible stretches of a zone's border in the front view, as path data. */
function zonePath(zone: PlacedZone, g: ModelGeometry, grid: Grid): string {
  const surface = g.surfaces.find((s) => s.id === zone.surface);
  if (!surface) return '';
  const { xMm, yMm, widthMm, heightMm } = zone.rect;
  const corners: Pt[] = [
    [xMm, yMm],
    [xMm + widthMm, yMm],
    [xMm + widthMm, yMm + heightMm],
    [xMm, yMm + heightMm],
  ];
  const steps = 48;
  let d = '';
  let open = false;
  corners.forEach((from, k) => {
    const to = corners[(k + 1) % 4]!;
    for (let i = 0; i <= steps; i++) {
      const x = from[0] + ((to[0] - from[0]) * i) / steps;
      const y = from[1] + ((to[1] - from[1]) * i) / steps;
      const p = project(grid, x / surface.widthMm, y / surface.heightMm);
      if (!p) {
        open = false;
        continue;
      }
      d += `${open ? 'L' : 'M'}${num(p[0])},${num(p[1])}`;
      open = true;
    }
  });
  return d;
}

/** Draws the product from the front to scale, its zones outlined where they show. */
export function drawModel(g: ModelGeometry, zones: PlacedZone[], p: Palette): Drawing {
  const outline = g.outlineMm;
  const width = outline?.widthMm ?? g.boundsMm.x;
  const height = outline?.heightMm ?? g.boundsMm.y;
  const sw = strokeFor(width, height);
  const main = g.parts[0]?.material;
  const body = (d: string, fill: string) =>
    `<path d="${d}" fill="${fill}" fill-opacity="${num(p.bodyOpacity)}" stroke="${p.edge}" stroke-width="${num(sw)}"/>`;
  if (!outline) {
    const box = roundedRectPath(0, 0, width, height, Math.min(width, height) / 12);
    const zoneMarks = zones.map((z, i) => {
      // Without an outline a zone is shown as a band across the box, its share of the surface.
      const y = ((i + 0.5) / zones.length) * height;
      return zoneOutline(z.id, `M${num(width * 0.2)},${num(y)}H${num(width * 0.8)}`, p, sw);
    });
    return { widthMm: width, heightMm: height, svg: body(box, p.body) + zoneMarks.join('') };
  }
  // The main material takes the body colour; others their option's choice, or their own colour.
  const meshes = outline.meshes.map((m) =>
    body(m.path, m.material === main ? p.body : (p.parts?.[m.material] ?? m.hex)),
  );
  const zoneMarks = zones.flatMap((z) => {
    const grid = outline.surfaces.find((s) => s.id === z.surface);
    const d = grid ? zonePath(z, g, grid) : '';
    return d ? [zoneOutline(z.id, d, p, sw)] : [];
  });
  return { widthMm: width, heightMm: height, svg: meshes.join('') + zoneMarks.join('') };
}

export const modelDrawing: KindDrawing<'model'> = {
  draw: (g, _measurements, zones, p) => drawModel(g, zones, p),
  colours: { body: '#c9ccd1' },
};
