import { describe, expect, it } from 'vitest';
import { burnColour, engraveBits, engravedPixelSize, engravedRgba, bilevelRows } from './engrave-image';
import { zone } from './testing/fixtures';
import { printPixelSize } from './zone-svg';

/** width x height pixels of one RGBA colour. */
function flat(width: number, height: number, [r, g, b, a]: number[]): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) out.set([r!, g!, b!, a!], i * 4);
  return out;
}

const share = (bits: Uint8Array) => bits.reduce((sum, b) => sum + b, 0) / bits.length;

describe('engraveBits', () => {
  it('burns black, leaves white and transparent pixels, and dithers greys to their darkness', () => {
    expect(share(engraveBits(flat(64, 64, [0, 0, 0, 255]), 64, 64))).toBe(1);
    expect(share(engraveBits(flat(64, 64, [255, 255, 255, 255]), 64, 64))).toBe(0);
    // Transparent is the bare material, whatever colour the pixel carries.
    expect(share(engraveBits(flat(64, 64, [0, 0, 0, 0]), 64, 64))).toBe(0);
    expect(share(engraveBits(flat(64, 64, [128, 128, 128, 255]), 64, 64))).toBeCloseTo(127 / 255, 2);
    // Half-transparent black is mid grey over white.
    expect(share(engraveBits(flat(64, 64, [0, 0, 0, 128]), 64, 64))).toBeCloseTo(128 / 255, 2);
  });

  it('weighs colours by Rec. 709 luma', () => {
    // Green is light (Y = 0.7152), blue is dark (Y = 0.0722), teal and magenta in between.
    for (const [rgb, luma] of [
      [[0, 255, 0], 0.7152],
      [[0, 0, 255], 0.0722],
      [[255, 0, 0], 0.2126],
      [[0, 128, 128], (0.7152 + 0.0722) * (128 / 255)],
      [[255, 0, 255], 0.2126 + 0.0722],
    ] as const) {
      // Within 1 %: error diffused past the picture's edges is lost.
      expect(Math.abs(share(engraveBits(flat(80, 80, [...rgb, 255]), 80, 80)) - (1 - luma))).toBeLessThan(
        0.01,
      );
    }
  });

  it('keeps a gradient monotone and diffuses error both ways along the rows', () => {
    const [w, h] = [256, 32];
    const ramp = new Uint8Array(w * h * 4);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) ramp.set([x, x, x, 255], (y * w + x) * 4);
    const bits = engraveBits(ramp, w, h);
    const column = (x0: number) => {
      let sum = 0;
      for (let y = 0; y < h; y++) for (let x = x0; x < x0 + 32; x++) sum += bits[y * w + x]!;
      return sum / (32 * h);
    };
    const bands = [0, 32, 64, 96, 128, 160, 192, 224].map(column);
    for (let i = 1; i < bands.length; i++) expect(bands[i]!).toBeLessThanOrEqual(bands[i - 1]!);
    expect(bands[0]!).toBeGreaterThan(0.85);
    expect(bands.at(-1)!).toBeLessThan(0.15);
  });

  it('gives the same bits for the same pixels, and refuses a buffer of the wrong size', () => {
    const noise = Uint8Array.from({ length: 50 * 40 * 4 }, (_, i) => (i * 2654435761) % 251);
    expect(engraveBits(noise, 50, 40)).toEqual(engraveBits(noise, 50, 40));
    expect(() => engraveBits(noise, 50, 41)).toThrow(/not 50 x 41/);
  });
});

describe('what the bits become', () => {
  const bits = Uint8Array.from([1, 0, 0, 1, 1, 1, 1, 1, 1, 0]);

  it('RGBA: burnt pixels opaque in the colour, the rest transparent', () => {
    const rgba = engravedRgba(bits, '#4a2e1a');
    expect([...rgba.slice(0, 8)]).toEqual([0x4a, 0x2e, 0x1a, 255, 0, 0, 0, 0]);
    expect([...engravedRgba(bits).slice(0, 4)]).toEqual([0, 0, 0, 255]);
  });

  it('PDF mask rows: 0 where burnt, rows padded to whole bytes', () => {
    // Two rows of five pixels: 10011 and 11110.
    expect([...bilevelRows(bits, 5, 2)]).toEqual([0b01100111, 0b00001111]);
  });

  it('sizes the bitmap on the print PNG grid, and previews burn in the zone colour', () => {
    // 100 x 60 mm trim + 3 mm bleed at 300 dpi: 1252 x 780 px over 106 x 66 mm.
    expect(printPixelSize(zone)).toEqual({ widthPx: 1252, heightPx: 780 });
    expect(engravedPixelSize(zone, { widthMm: 40, heightMm: 30 })).toEqual({
      widthPx: Math.round((40 * 1252) / 106),
      heightPx: Math.round((30 * 780) / 66),
    });
    expect(burnColour(zone)).toBe('#111111');
  });
});
