// An image's look on its pixels: one pure function for the browser's preview (canvas pixels)
// and the server's print files (sharp's raw pixels), so both change the same pixels alike.
// RGBA, 4 bytes a pixel, not premultiplied; integer arithmetic where it decides a value.
import { cropPixels, maskRadius, type ImageLook, type LookMask, type PixelFilter } from './image-look';

export type Pixels = { data: Uint8ClampedArray; width: number; height: number };

const hexRgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

/** Rec. 709 luma of sRGB values, 0..255 (as the engraving conversion weighs them). */
const luma = (r: number, g: number, b: number) => Math.round((2126 * r + 7152 * g + 722 * b) / 10000);

/** Applies a filter to RGBA pixels in place; alpha is kept. */
export function filterPixels(data: Uint8ClampedArray, filter: PixelFilter): void {
  const [dark, light] =
    filter.kind === 'duotone'
      ? [hexRgb(filter.dark), hexRgb(filter.light)]
      : [
          [0, 0, 0],
          [255, 255, 255],
        ];
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    switch (filter.kind) {
      case 'greyscale': {
        const y = luma(r, g, b);
        data[i] = data[i + 1] = data[i + 2] = y;
        break;
      }
      case 'sepia':
        // The common sepia matrix (as CSS's sepia(1)), clamped by the array.
        data[i] = Math.round((393 * r + 769 * g + 189 * b) / 1000);
        data[i + 1] = Math.round((349 * r + 686 * g + 168 * b) / 1000);
        data[i + 2] = Math.round((272 * r + 534 * g + 131 * b) / 1000);
        break;
      case 'duotone': {
        // Shadows in the dark colour, highlights in the light one, straight between them.
        const y = luma(r, g, b);
        for (let c = 0; c < 3; c++) data[i + c] = dark[c]! + Math.round(((light[c]! - dark[c]!) * y) / 255);
        break;
      }
      case 'threshold': {
        const v = luma(r, g, b) < filter.level ? 0 : 255;
        data[i] = data[i + 1] = data[i + 2] = v;
        break;
      }
    }
  }
}

/**
 * The picture after its look: the crop's whole pixels, turned clockwise in quarter turns, then
 * flipped (horizontally, vertically) in the turned picture's own axes, then filtered.
 */
export function applyLook(data: ArrayLike<number>, width: number, height: number, look: ImageLook): Pixels {
  if (data.length !== width * height * 4) throw new Error(`applyLook: not ${width} x ${height} RGBA pixels`);
  const c = cropPixels(width, height, look.crop);
  const odd = look.quarterTurns % 2 === 1;
  const [ow, oh] = odd ? [c.height, c.width] : [c.width, c.height];
  const out = new Uint8ClampedArray(ow * oh * 4);
  for (let oy = 0; oy < oh; oy++) {
    const ty = look.flipY ? oh - 1 - oy : oy;
    for (let ox = 0; ox < ow; ox++) {
      const tx = look.flipX ? ow - 1 - ox : ox;
      // The cropped pixel that turning clockwise brings to (tx, ty).
      let [cx, cy] = [tx, ty];
      if (look.quarterTurns === 1) [cx, cy] = [ty, c.height - 1 - tx];
      else if (look.quarterTurns === 2) [cx, cy] = [c.width - 1 - tx, c.height - 1 - ty];
      else if (look.quarterTurns === 3) [cx, cy] = [c.width - 1 - ty, tx];
      const from = ((c.top + cy) * width + c.left + cx) * 4;
      const to = (oy * ow + ox) * 4;
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
      out[to + 3] = data[from + 3]!;
    }
  }
  if (look.filter) filterPixels(out, look.filter);
  return { data: out, width: ow, height: oh };
}

/**
 * Cuts pixels to a mask in place (alpha times coverage, anti-aliased over about a pixel): the
 * picture fills a box of `widthMm` x `heightMm`, the mask's shape as maskPathData draws it.
 * Raster outputs (the zone PNG, engraving bitmaps) carry the mask this way; SVG, PDF and the
 * preview canvas clip to the same shape as a path.
 */
export function maskPixels(pixels: Pixels, mask: LookMask, widthMm: number, heightMm: number): void {
  const { data, width, height } = pixels;
  const [mmX, mmY] = [widthMm / width, heightMm / height];
  const pxPerMm = 2 / (mmX + mmY);
  const [a, b] = [widthMm / 2, heightMm / 2];
  const r = mask.shape === 'rounded' ? maskRadius(mask, widthMm, heightMm) : 0;
  for (let y = 0; y < height; y++) {
    const dy = (y + 0.5) * mmY - b;
    for (let x = 0; x < width; x++) {
      const dx = (x + 0.5) * mmX - a;
      let distanceMm: number;
      if (mask.shape === 'circle') {
        // The ellipse's implicit function over its gradient: a distance good near the edge.
        const f = (dx * dx) / (a * a) + (dy * dy) / (b * b) - 1;
        const g = 2 * Math.hypot(dx / (a * a), dy / (b * b));
        distanceMm = g > 0 ? f / g : -Math.min(a, b);
      } else {
        const qx = Math.abs(dx) - (a - r);
        const qy = Math.abs(dy) - (b - r);
        distanceMm = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
      }
      const coverage = Math.min(1, Math.max(0, 0.5 - distanceMm * pxPerMm));
      if (coverage < 1) {
        const i = (y * width + x) * 4 + 3;
        data[i] = Math.round(data[i]! * coverage);
      }
    }
  }
}
