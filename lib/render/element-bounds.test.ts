import { describe, expect, it } from 'vitest';
import { elementBounds, elementsBounds, pathDataBounds } from './element-bounds';
import type { ZoneElement } from './zone-svg';

const path = (pathData: string, xMm: number, yMm: number, rotationDeg = 0): ZoneElement => ({ kind: 'path', layerId: 'l', pathData, fill: '#000000', placement: { xMm, yMm, rotationDeg } });

describe('element bounds', () => {
  it('holds every point and control point of absolute path data', () => {
    expect(pathDataBounds('M-2 -1L3 -1Q4 0 3 1C2 2.5 -1 2 -2 1Z')).toEqual({ xMm: -2, yMm: -1, widthMm: 6, heightMm: 3.5 });
    expect(pathDataBounds('')).toBeNull();
  });

  it('places the box at the layer and turns it about the layer centre', () => {
    expect(elementBounds(path('M-10 -2L10 2', 50, 30))).toEqual({ xMm: 40, yMm: 28, widthMm: 20, heightMm: 4 });
    const turned = elementBounds(path('M-10 -2L10 2', 50, 30, 90))!;
    expect(turned.xMm).toBeCloseTo(48);
    expect(turned.yMm).toBeCloseTo(20);
    expect(turned.widthMm).toBeCloseTo(4);
    expect(turned.heightMm).toBeCloseTo(20);
  });

  it('covers an image by its placed size and unites several elements', () => {
    const image: ZoneElement = { kind: 'image', layerId: 'i', uploadId: 'u', href: '', widthMm: 20, heightMm: 10, placement: { xMm: 10, yMm: 10, rotationDeg: 0 } };
    expect(elementsBounds([image, path('M0 0L5 5', 40, 40)])).toEqual({ xMm: 0, yMm: 5, widthMm: 45, heightMm: 40 });
    expect(elementsBounds([path('', 0, 0)])).toBeNull();
  });
});
