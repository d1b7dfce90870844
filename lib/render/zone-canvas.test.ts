import { beforeAll, describe, expect, it } from 'vitest';
import { serverFontLibrary } from '../server/fonts';
import { boundsOf, imageLayer, images, pathPoints, textLayer, zone } from './testing/fixtures';
import { paintZoneElements, type Canvas2D } from './zone-canvas';
import { zoneElements, type RenderContext } from './zone-svg';

let ctx: RenderContext;
beforeAll(async () => {
  ctx = { fonts: await serverFontLibrary(), images };
});

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, p: { x: number; y: number }) => ({ x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] });

/** A 2D context that keeps the transform as a canvas does and records what is drawn, in canvas pixels. */
function recordingCanvas() {
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const fills: Array<{ colour: string; points: Array<{ x: number; y: number }> }> = [];
  const images: Array<{ corners: Array<{ x: number; y: number }> }> = [];
  const c: Canvas2D & { fillStyle: string } = {
    fillStyle: '',
    save: () => void stack.push(matrix),
    restore: () => void (matrix = stack.pop()!),
    setTransform: ((a: number, b: number, cc: number, d: number, e: number, f: number) => void (matrix = [a, b, cc, d, e, f])) as Canvas2D['setTransform'],
    translate: (x: number, y: number) => void (matrix = multiply(matrix, [1, 0, 0, 1, x, y])),
    rotate: (r: number) => void (matrix = multiply(matrix, [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0])),
    clearRect: () => {},
    drawImage: ((_: unknown, x: number, y: number, w: number, h: number) =>
      void images.push({ corners: [apply(matrix, { x, y }), apply(matrix, { x: x + w, y: y + h })] })) as Canvas2D['drawImage'],
    fill: (path: Path2D) => void fills.push({ colour: c.fillStyle, points: pathPoints(path as unknown as string).map((p) => apply(matrix, p)) }),
  };
  return { c, fills, images };
}
// Path2D stands in as its path data: the recorder reads the points back.
const sources = (ready: boolean) => ({
  path: (d: string) => d as unknown as Path2D,
  image: () => (ready ? ({} as CanvasImageSource) : undefined),
});

describe('paintZoneElements', () => {
  // The fixture zone is 100 x 60 mm with 3 mm bleed: a 212 x 132 px canvas is 2 px/mm.
  it('places text outlines where the SVG places them, scaled to the canvas', () => {
    const elements = zoneElements(zone, [textLayer({ text: 'HELLO', sizeMm: 10, xMm: 40, yMm: 25, colourId: 'red' })], ctx);
    const { c, fills } = recordingCanvas();
    expect(paintZoneElements(c, zone, elements, 212, 132, sources(true))).toBe(true);
    expect(fills).toHaveLength(1);
    expect(fills[0]!.colour).toBe('#c0392b');
    const ink = boundsOf(fills[0]!.points);
    // Centred on (40, 25) mm from the trim corner: (43, 28) mm from the canvas corner.
    expect((ink.left + ink.right) / 2).toBeCloseTo(86, 0);
    expect((ink.top + ink.bottom) / 2).toBeCloseTo(56, 0);
    expect(ink.bottom - ink.top).toBeCloseTo(7.27 * 2, 0);
  });

  it('turns a rotated layer about its centre, clockwise as in SVG', () => {
    const elements = zoneElements(zone, [textLayer({ text: 'HELLO', sizeMm: 10, xMm: 40, yMm: 25, rotationDeg: 90 })], ctx);
    const { c, fills } = recordingCanvas();
    paintZoneElements(c, zone, elements, 212, 132, sources(true));
    const ink = boundsOf(fills[0]!.points);
    // Turned a quarter: the word now runs downwards, and is cap-height wide.
    expect(ink.right - ink.left).toBeCloseTo(7.27 * 2, 0);
    expect(ink.bottom - ink.top).toBeGreaterThan(40);
    expect((ink.left + ink.right) / 2).toBeCloseTo(86, 0);
  });

  it('stretches an image over its printed size, and reports one that is not decoded yet', () => {
    const elements = zoneElements(zone, [imageLayer({ xMm: 50, yMm: 30 })], ctx);
    const image = elements[0]!;
    if (image.kind !== 'image') throw new Error('expected an image');
    const waiting = recordingCanvas();
    expect(paintZoneElements(waiting.c, zone, elements, 212, 132, sources(false))).toBe(false);
    expect(waiting.images).toHaveLength(0);
    const ready = recordingCanvas();
    expect(paintZoneElements(ready.c, zone, elements, 212, 132, sources(true))).toBe(true);
    const [topLeft, bottomRight] = ready.images[0]!.corners;
    expect(topLeft!.x).toBeCloseTo((53 - image.widthMm / 2) * 2, 6);
    expect(bottomRight!.y).toBeCloseTo((33 + image.heightMm / 2) * 2, 6);
  });
});
