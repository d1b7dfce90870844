// What a laser does with an image: it burns or it does not. Every engraving output (the zone's
// PNG, PDF and SVG, the laser's SVG, the production sheet) and the shopper's preview draw an
// image in an engraving zone as the 1-bit bitmap made here, so what the shopper sees is what
// the maker burns, and only black in a production file means "burn".
import type { Zone } from '../templates/schema';
import { bleedBox, printPixelSize, type ZoneElement } from './zone-svg';

/** The mapping, as spec.json states it for the maker. */
export const ENGRAVED_IMAGE_MAPPING =
  'Each image is resampled to its placed size at the zone print dpi, laid over white (transparent = not burnt), ' +
  'turned into Rec. 709 luma (Y = 0.2126 R + 0.7152 G + 0.0722 B of the sRGB values) and dithered to 1 bit by ' +
  'Floyd-Steinberg error diffusion (serpentine rows, threshold 128 of 255): black pixels are burnt, the others are ' +
  'transparent in the SVGs and the PDF and white in the PNG.';

/** Engraving zones draw their images as burn/no-burn bitmaps. */
export function engravesImages(zone: Pick<Zone, 'method'>): boolean {
  return zone.method === 'engrave';
}

/**
 * The pixel size of an image's bitmap: its placed box at the zone's print dpi, on the same
 * pixel grid as the zone's PNG (each side rounded as the PNG places the image), so the PNG lays
 * the bitmap down without resampling it.
 */
export function engravedPixelSize(
  zone: Zone,
  element: Pick<Extract<ZoneElement, { kind: 'image' }>, 'widthMm' | 'heightMm'>,
): { widthPx: number; heightPx: number } {
  const canvas = printPixelSize(zone);
  const box = bleedBox(zone);
  // The same arithmetic as compose-zone.ts's placedBox, so both round alike.
  const [sx, sy] = [canvas.widthPx / box.widthMm, canvas.heightPx / box.heightMm];
  return {
    widthPx: Math.max(1, Math.round(element.widthMm * sx)),
    heightPx: Math.max(1, Math.round(element.heightMm * sy)),
  };
}

// Past this many pixels a side a preview converts at a coarser grid than the print (a large
// engraving zone): a screen shows a few hundred pixels of the zone at most.
const PREVIEW_MAX_SIDE_PX = 2048;

/** The size a preview converts an image at: engravedPixelSize, scaled down to 2048 px a side at most. */
export function previewEngravedSize(
  zone: Zone,
  element: Pick<Extract<ZoneElement, { kind: 'image' }>, 'widthMm' | 'heightMm'>,
): { widthPx: number; heightPx: number } {
  const { widthPx, heightPx } = engravedPixelSize(zone, element);
  const scale = Math.min(1, PREVIEW_MAX_SIDE_PX / Math.max(widthPx, heightPx));
  return {
    widthPx: Math.max(1, Math.round(widthPx * scale)),
    heightPx: Math.max(1, Math.round(heightPx * scale)),
  };
}

/** The grey (0 black to 255 white) of an sRGB pixel laid over white: Rec. 709 luma, in integers. */
function greyOverWhite(rgba: ArrayLike<number>, at: number): number {
  const luma10k = 2126 * rgba[at]! + 7152 * rgba[at + 1]! + 722 * rgba[at + 2]!;
  // Darkness scaled by alpha: a transparent pixel is white paper, a half-transparent one half as dark.
  return 255 - Math.round(((2550000 - luma10k) * rgba[at + 3]!) / 2550000);
}

/**
 * An RGBA picture (width x height, 4 bytes a pixel, not premultiplied) as one byte a pixel,
 * 1 = burn, by ENGRAVED_IMAGE_MAPPING. Integer arithmetic only: the same pixels give the same
 * bits everywhere.
 */
export function engraveBits(rgba: ArrayLike<number>, width: number, height: number): Uint8Array {
  if (rgba.length !== width * height * 4)
    throw new Error(`engraveBits: ${rgba.length} bytes are not ${width} x ${height} RGBA pixels`);
  const bits = new Uint8Array(width * height);
  // Error carried to this row and the next, with a pixel of padding at either end.
  let here = new Int32Array(width + 2);
  let below = new Int32Array(width + 2);
  for (let y = 0; y < height; y++) {
    // Serpentine: odd rows run right to left, so errors do not all drift one way.
    const step = y % 2 === 0 ? 1 : -1;
    for (let k = 0; k < width; k++) {
      const x = step === 1 ? k : width - 1 - k;
      const i = y * width + x;
      const value = greyOverWhite(rgba, i * 4) + here[x + 1]!;
      const burn = value < 128;
      bits[i] = burn ? 1 : 0;
      const error = value - (burn ? 0 : 255);
      // 7/16 ahead, 3/16 behind below, 5/16 below, 1/16 ahead below, each rounded towards zero;
      // the last share takes what rounding left, so no error is lost.
      const ahead = Math.trunc((error * 7) / 16);
      const behindBelow = Math.trunc((error * 3) / 16);
      const straightBelow = Math.trunc((error * 5) / 16);
      here[x + 1 + step]! += ahead;
      below[x + 1 - step]! += behindBelow;
      below[x + 1]! += straightBelow;
      below[x + 1 + step]! += error - ahead - behindBelow - straightBelow;
    }
    [here, below] = [below, here];
    below.fill(0);
  }
  return bits;
}

/** The bits as RGBA: burnt pixels opaque in `hex` (#rrggbb), the others transparent. */
export function engravedRgba(bits: Uint8Array, hex = '#000000'): Uint8ClampedArray<ArrayBuffer> {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const out = new Uint8ClampedArray(bits.length * 4);
  for (let i = 0; i < bits.length; i++) {
    if (bits[i] === 0) continue;
    out[i * 4] = r!;
    out[i * 4 + 1] = g!;
    out[i * 4 + 2] = b!;
    out[i * 4 + 3] = 255;
  }
  return out;
}

/**
 * The bits as the rows of a 1-bit grey image (most significant bit first, rows padded to
 * whole bytes): 0 (black) where the laser burns, 1 (white) elsewhere.
 */
export function bilevelRows(bits: Uint8Array, width: number, height: number): Uint8Array {
  const stride = Math.ceil(width / 8);
  const rows = new Uint8Array(stride * height).fill(0xff);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (bits[y * width + x] === 1) rows[y * stride + (x >> 3)]! &= ~(0x80 >> (x & 7));
  return rows;
}

/**
 * The colour the preview shows burnt pixels in: the zone's first colour (an engraving zone's
 * colours are the finishes the burn gives, e.g. the jeans patch's "Laser burn").
 */
export function burnColour(zone: Pick<Zone, 'colours'>): string {
  return zone.colours[0]?.hex ?? '#000000';
}
