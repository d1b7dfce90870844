import { describe, expect, it } from 'vitest';
import { cropPixels, lookKey, lookedPixelSize, maskPathData, type ImageLook } from './image-look';
import { applyLook, filterPixels, maskPixels } from './image-pixels';
import { boundsOf, pathPoints } from './testing/fixtures';

/** A w x h picture whose pixel (x, y) has red x, green y, blue 7, alpha 255. */
function numbered(w: number, h: number): Uint8ClampedArray {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data.set([x, y, 7, 255], (y * w + x) * 4);
  return data;
}
/** The (red, green) of each pixel, row by row: where each came from. */
const origins = (data: Uint8ClampedArray, w: number, h: number) =>
  Array.from({ length: h }, (_, y) =>
    Array.from({ length: w }, (_, x) => `${data[(y * w + x) * 4]},${data[(y * w + x) * 4 + 1]}`),
  );
const plain: ImageLook = { quarterTurns: 0, flipX: false, flipY: false };

describe('filterPixels', () => {
  const px = () =>
    new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 128, 255, 255, 255, 0, 100, 150, 200, 255]);
  it('greyscale: Rec. 709 luma in every channel, alpha kept', () => {
    const data = px();
    filterPixels(data, { kind: 'greyscale' });
    expect([...data]).toEqual([54, 54, 54, 255, 182, 182, 182, 128, 255, 255, 255, 0, 143, 143, 143, 255]);
  });
  it('sepia: the CSS sepia matrix, clamped', () => {
    const data = px();
    filterPixels(data, { kind: 'sepia' });
    expect([...data.slice(0, 4)]).toEqual([100, 89, 69, 255]);
    expect([...data.slice(8, 12)]).toEqual([255, 255, 239, 0]);
  });
  it('duotone: black becomes the dark colour, white the light one, grey between', () => {
    const data = new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255, 128, 128, 128, 255]);
    filterPixels(data, { kind: 'duotone', dark: '#102030', light: '#f0e0d0' });
    expect([...data]).toEqual([16, 32, 48, 255, 240, 224, 208, 255, 128, 128, 128, 255]);
  });
  it('threshold: black below the level, white from it', () => {
    const data = new Uint8ClampedArray([127, 127, 127, 255, 128, 128, 128, 255]);
    filterPixels(data, { kind: 'threshold', level: 128 });
    expect([...data]).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
  });
});

describe('applyLook', () => {
  it('crops whole pixels from the 0..1 rectangle', () => {
    expect(cropPixels(4, 3, { x: 0.25, y: 1 / 3, w: 0.5, h: 2 / 3 })).toEqual({
      left: 1,
      top: 1,
      width: 2,
      height: 2,
    });
    const out = applyLook(numbered(4, 3), 4, 3, { ...plain, crop: { x: 0.25, y: 1 / 3, w: 0.5, h: 2 / 3 } });
    expect(origins(out.data, out.width, out.height)).toEqual([
      ['1,1', '2,1'],
      ['1,2', '2,2'],
    ]);
  });
  it('turns clockwise in quarter turns, swapping the sides when odd', () => {
    const once = applyLook(numbered(3, 2), 3, 2, { ...plain, quarterTurns: 1 });
    // Clockwise: the bottom-left pixel comes to the top-left.
    expect(origins(once.data, once.width, once.height)).toEqual([
      ['0,1', '0,0'],
      ['1,1', '1,0'],
      ['2,1', '2,0'],
    ]);
    const thrice = applyLook(numbered(3, 2), 3, 2, { ...plain, quarterTurns: 3 });
    expect(origins(thrice.data, thrice.width, thrice.height)).toEqual([
      ['2,0', '2,1'],
      ['1,0', '1,1'],
      ['0,0', '0,1'],
    ]);
    expect(lookedPixelSize(3, 2, { quarterTurns: 1 })).toEqual({ widthPx: 2, heightPx: 3 });
  });
  it('flips after turning, in the turned picture’s axes', () => {
    const out = applyLook(numbered(3, 2), 3, 2, { ...plain, flipX: true });
    expect(origins(out.data, 3, 2)).toEqual([
      ['2,0', '1,0', '0,0'],
      ['2,1', '1,1', '0,1'],
    ]);
    const both = applyLook(numbered(3, 2), 3, 2, { ...plain, quarterTurns: 1, flipY: true });
    expect(origins(both.data, 2, 3)).toEqual([
      ['2,1', '2,0'],
      ['1,1', '1,0'],
      ['0,1', '0,0'],
    ]);
  });
  it('has a key that changes with every part of the look', () => {
    const keys = new Set(
      [
        plain,
        { ...plain, flipX: true },
        { ...plain, quarterTurns: 2 as const },
        { ...plain, filter: { kind: 'sepia' as const } },
        { ...plain, crop: { x: 0, y: 0, w: 0.5, h: 1 } },
      ].map(lookKey),
    );
    expect(keys.size).toBe(5);
  });
});

describe('masks', () => {
  it('cuts a circle: corners clear, centre and edge middles kept', () => {
    const pixels = { data: new Uint8ClampedArray(40 * 20 * 4).fill(255), width: 40, height: 20 };
    maskPixels(pixels, { shape: 'circle' }, 40, 20);
    const alpha = (x: number, y: number) => pixels.data[(y * 40 + x) * 4 + 3];
    expect([alpha(0, 0), alpha(39, 0), alpha(0, 19), alpha(39, 19)]).toEqual([0, 0, 0, 0]);
    expect([alpha(20, 10), alpha(20, 1), alpha(2, 10)]).toEqual([255, 255, 255]);
  });
  it('rounds a rectangle’s corners by the radius in mm', () => {
    const pixels = { data: new Uint8ClampedArray(20 * 20 * 4).fill(255), width: 20, height: 20 };
    maskPixels(pixels, { shape: 'rounded', radiusMm: 2 }, 10, 10);
    const alpha = (x: number, y: number) => pixels.data[(y * 20 + x) * 4 + 3];
    expect([alpha(0, 0), alpha(19, 19)]).toEqual([0, 0]);
    expect([alpha(10, 0), alpha(0, 10), alpha(10, 10)]).toEqual([255, 255, 255]);
  });
  it('draws the clip path around the box, centred on (0, 0)', () => {
    const circle = boundsOf(pathPoints(maskPathData({ shape: 'circle' }, 40, 20)));
    expect(circle).toEqual({ left: -20, top: -10, right: 20, bottom: 10 });
    const rounded = maskPathData({ shape: 'rounded', radiusMm: 50 }, 40, 20);
    expect(boundsOf(pathPoints(rounded))).toEqual({ left: -20, top: -10, right: 20, bottom: 10 });
    expect(rounded).toMatch(/^M-10 -10L10 -10C/);
  });
});
