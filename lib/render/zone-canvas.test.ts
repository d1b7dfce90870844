import { beforeAll, describe, expect, it } from 'vitest';
import { serverFontLibrary } from '../server/fonts';
import { boundsOf, imageLayer, images, textLayer, zone } from './testing/fixtures';
import { pathSources, recordingCanvas } from './testing/recording-canvas';
import { paintZoneElements } from './zone-canvas';
import { zoneElements, type RenderContext } from './zone-svg';

let ctx: RenderContext;
beforeAll(async () => {
  ctx = { fonts: await serverFontLibrary(), images };
});

// Path2D stands in as its path data: the recorder reads the points back.
const sources = pathSources;

describe('paintZoneElements', () => {
  // The fixture zone is 100 x 60 mm with 3 mm bleed: a 212 x 132 px canvas is 2 px/mm.
  it('places text outlines where the SVG places them, scaled to the canvas', () => {
    const elements = zoneElements(
      zone,
      [textLayer({ text: 'HELLO', sizeMm: 10, xMm: 40, yMm: 25, colourId: 'red' })],
      ctx,
    );
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
    const elements = zoneElements(
      zone,
      [textLayer({ text: 'HELLO', sizeMm: 10, xMm: 40, yMm: 25, rotationDeg: 90 })],
      ctx,
    );
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
