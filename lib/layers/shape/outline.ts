// Each shape's outline as SVG path data in layer-local mm centred on (0, 0), y down, with only
// M, L, C and Z (absolute): what the PDF writer and the bounds reader take.
import { assertNever } from '../../assert-never';
import type { ShapeLayer, ShapeName } from './schema';

type Point = [number, number];

/** A number with at most 3 decimals. */
const n = (v: number): string => String(Math.round(v * 1000) / 1000);

// The cubic Bézier handle length that best matches a quarter circle of radius 1.
const KAPPA = 0.5522847498;

function polygon(points: Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join('') + 'Z';
}

/** A rectangle w x h with corners rounded to r (0: sharp), clockwise from the top-left. */
function roundedRect(w: number, h: number, r: number): string {
  const [x0, y0, x1, y1] = [-w / 2, -h / 2, w / 2, h / 2];
  if (r <= 0)
    return polygon([
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ]);
  const k = r * (1 - KAPPA);
  const c = (...v: number[]) => `C${v.map(n).join(' ')}`;
  return (
    `M${n(x0 + r)} ${n(y0)}L${n(x1 - r)} ${n(y0)}` +
    c(x1 - k, y0, x1, y0 + k, x1, y0 + r) +
    `L${n(x1)} ${n(y1 - r)}` +
    c(x1, y1 - k, x1 - k, y1, x1 - r, y1) +
    `L${n(x0 + r)} ${n(y1)}` +
    c(x0 + k, y1, x0, y1 - k, x0, y1 - r) +
    `L${n(x0)} ${n(y0 + r)}` +
    c(x0, y0 + k, x0 + k, y0, x0 + r, y0) +
    'Z'
  );
}

function ellipse(w: number, h: number): string {
  const [rx, ry] = [w / 2, h / 2];
  const [kx, ky] = [rx * KAPPA, ry * KAPPA];
  const c = (...v: number[]) => `C${v.map(n).join(' ')}`;
  return (
    `M${n(rx)} 0` +
    c(rx, ky, kx, ry, 0, ry) +
    c(-kx, ry, -rx, ky, -rx, 0) +
    c(-rx, -ky, -kx, -ry, 0, -ry) +
    c(kx, -ry, rx, -ky, rx, 0) +
    'Z'
  );
}

/** Points scaled so their bounding box is exactly w x h, centred on (0, 0). */
function fitToBox(points: Point[], w: number, h: number): Point[] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map(([x, y]) => [
    ((x - minX) / (maxX - minX) - 0.5) * w,
    ((y - minY) / (maxY - minY) - 0.5) * h,
  ]);
}

/** A five-pointed star, point up, with the classic inner radius (0.382 of the outer). */
function star(w: number, h: number): string {
  const points: Point[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 1 : 0.381966;
    const a = ((-90 + i * 36) * Math.PI) / 180;
    points.push([r * Math.cos(a), r * Math.sin(a)]);
  }
  return polygon(fitToBox(points, w, h));
}

/** A heart filling the box: two lobes on top, the point at the bottom centre. */
function heart(w: number, h: number): string {
  // In a unit box, (0, 0) top-left; each curve's handles keep the lobes round and the sides
  // tangent at the widest point so the box is exactly the outline's extent.
  const p = (x: number, y: number) => `${n((x - 0.5) * w)} ${n((y - 0.5) * h)}`;
  return (
    `M${p(0.5, 0.25)}` +
    `C${p(0.5, 0.1)} ${p(0.4, 0)} ${p(0.25, 0)}` +
    `C${p(0.1, 0)} ${p(0, 0.12)} ${p(0, 0.3)}` +
    `C${p(0, 0.55)} ${p(0.3, 0.75)} ${p(0.5, 1)}` +
    `C${p(0.7, 0.75)} ${p(1, 0.55)} ${p(1, 0.3)}` +
    `C${p(1, 0.12)} ${p(0.9, 0)} ${p(0.75, 0)}` +
    `C${p(0.6, 0)} ${p(0.5, 0.1)} ${p(0.5, 0.25)}Z`
  );
}

/** True for shapes that are only an outline (never filled). */
export function isOpenShape(shape: ShapeName): boolean {
  return shape === 'line';
}

/** The shape's outline as path data; a line runs along its width through the centre. */
export function shapeOutline(
  layer: Pick<ShapeLayer, 'shape' | 'widthMm' | 'heightMm' | 'cornerRadiusMm'>,
): string {
  const { widthMm: w, heightMm: h } = layer;
  switch (layer.shape) {
    case 'rectangle':
      return roundedRect(w, h, 0);
    case 'rounded-rectangle':
      return roundedRect(w, h, Math.min(layer.cornerRadiusMm, w / 2, h / 2));
    case 'ellipse':
      return ellipse(w, h);
    case 'line':
      return `M${n(-w / 2)} 0L${n(w / 2)} 0`;
    case 'star':
      return star(w, h);
    case 'heart':
      return heart(w, h);
    default:
      return assertNever(layer.shape);
  }
}
