import { beforeAll, describe, expect, it } from 'vitest';
import { serverFontLibrary } from '../server/fonts';
import { layerBounds, layerCorners, layerSize } from './layer-geometry';
import { layoutText } from './text-layout';
import { imageLayer, images, textLayer } from './testing/fixtures';
import type { RenderContext } from './zone-svg';

let ctx: RenderContext;
beforeAll(async () => {
  ctx = { fonts: await serverFontLibrary(['inter-regular']), images };
});

describe('layerSize', () => {
  it('gives an image the height of its own aspect ratio', () => {
    expect(layerSize(imageLayer({ widthMm: 80 }), ctx)).toEqual({ widthMm: 80, heightMm: 60 });
  });

  it('measures text with the same layout the renderer draws', () => {
    const layer = textLayer({ text: 'Hello\nthere' });
    const font = ctx.fonts.font('inter-regular');
    if (!font) throw new Error('font did not load');
    const { widthMm, heightMm } = layoutText(layer, font);
    expect(layerSize(layer, ctx)).toEqual({ widthMm, heightMm });
  });

  it('knows nothing about fonts or images it was not given', () => {
    expect(layerSize(textLayer({ fontId: 'pacifico' }), ctx)).toBeUndefined();
    expect(layerSize(imageLayer({ uploadId: 'b'.repeat(64) }), ctx)).toBeUndefined();
  });
});

describe('layerCorners and layerBounds', () => {
  const size = { widthMm: 20, heightMm: 10 };

  it('puts an unrotated box around its centre', () => {
    const layer = imageLayer({ xMm: 50, yMm: 40 });
    expect(layerCorners(layer, size)).toEqual([
      { xMm: 40, yMm: 35 },
      { xMm: 60, yMm: 35 },
      { xMm: 60, yMm: 45 },
      { xMm: 40, yMm: 45 },
    ]);
    expect(layerBounds(layer, size)).toEqual({ left: 40, top: 35, right: 60, bottom: 45 });
  });

  it('turns clockwise with y down, as SVG rotate() does', () => {
    const corners = layerCorners(imageLayer({ xMm: 50, yMm: 40, rotationDeg: 90 }), size);
    const expected = [
      [55, 30],
      [55, 50],
      [45, 50],
      [45, 30],
    ];
    corners.forEach((corner, i) => {
      expect(corner.xMm).toBeCloseTo(expected[i]?.[0] ?? NaN, 9);
      expect(corner.yMm).toBeCloseTo(expected[i]?.[1] ?? NaN, 9);
    });
  });

  it('bounds a rotated box by its corners', () => {
    const bounds = layerBounds(imageLayer({ xMm: 0, yMm: 0, rotationDeg: -30 }), size);
    const halfWidth = (20 * Math.cos(Math.PI / 6) + 10 * Math.sin(Math.PI / 6)) / 2;
    const halfHeight = (20 * Math.sin(Math.PI / 6) + 10 * Math.cos(Math.PI / 6)) / 2;
    expect(bounds.left).toBeCloseTo(-halfWidth, 9);
    expect(bounds.right).toBeCloseTo(halfWidth, 9);
    expect(bounds.top).toBeCloseTo(-halfHeight, 9);
    expect(bounds.bottom).toBeCloseTo(halfHeight, 9);
  });
});
