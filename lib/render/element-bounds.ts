// Where an element can paint, in zone mm: lets a print raster draw text outlines over the few
// pixels they cover instead of a whole 15-megapixel zone.
import type { ElementPlacement, ZoneElement } from './zone-svg';

export type BoundsMm = { xMm: number; yMm: number; widthMm: number; heightMm: number };

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * The box around every coordinate in absolute path data (M, L, Q, C, Z as text-layout writes
 * them). Control points are included, so the box holds the curve, if a little generously.
 */
export function pathDataBounds(pathData: string): BoundsMm | null {
  const values = pathData.match(NUMBER)?.map(Number) ?? [];
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < values.length; i += 2) {
    const x = values[i]!;
    const y = values[i + 1]!;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return minX <= maxX ? { xMm: minX, yMm: minY, widthMm: maxX - minX, heightMm: maxY - minY } : null;
}

/** A path's box grown by half its outline's width on every side (the stroke is centred). */
function strokedBounds(box: BoundsMm | null, widthMm: number): BoundsMm | null {
  if (!box || widthMm <= 0) return box;
  const h = widthMm / 2;
  return {
    xMm: box.xMm - h,
    yMm: box.yMm - h,
    widthMm: box.widthMm + widthMm,
    heightMm: box.heightMm + widthMm,
  };
}

/** A layer-local box moved to zone mm: rotated about the layer's centre, then translated. */
function placeBox(box: BoundsMm, p: ElementPlacement): BoundsMm {
  const a = (p.rotationDeg * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  const corners = [
    [box.xMm, box.yMm],
    [box.xMm + box.widthMm, box.yMm],
    [box.xMm, box.yMm + box.heightMm],
    [box.xMm + box.widthMm, box.yMm + box.heightMm],
  ].map(([x, y]) => [p.xMm + x! * cos - y! * sin, p.yMm + x! * sin + y! * cos] as const);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return {
    xMm: Math.min(...xs),
    yMm: Math.min(...ys),
    widthMm: Math.max(...xs) - Math.min(...xs),
    heightMm: Math.max(...ys) - Math.min(...ys),
  };
}

/** The zone-mm box an element can paint into (before clipping to the bleed), or null if nothing. */
export function elementBounds(element: ZoneElement): BoundsMm | null {
  const local =
    element.kind === 'path'
      ? strokedBounds(pathDataBounds(element.pathData), element.stroke?.widthMm ?? 0)
      : {
          xMm: -element.widthMm / 2,
          yMm: -element.heightMm / 2,
          widthMm: element.widthMm,
          heightMm: element.heightMm,
        };
  return local ? placeBox(local, element.placement) : null;
}

/** The box around several elements' boxes, or null when none paints. */
export function elementsBounds(elements: ZoneElement[]): BoundsMm | null {
  const boxes = elements.map(elementBounds).filter((b): b is BoundsMm => b !== null);
  if (boxes.length === 0) return null;
  const x0 = Math.min(...boxes.map((b) => b.xMm));
  const y0 = Math.min(...boxes.map((b) => b.yMm));
  const x1 = Math.max(...boxes.map((b) => b.xMm + b.widthMm));
  const y1 = Math.max(...boxes.map((b) => b.yMm + b.heightMm));
  return { xMm: x0, yMm: y0, widthMm: x1 - x0, heightMm: y1 - y0 };
}
