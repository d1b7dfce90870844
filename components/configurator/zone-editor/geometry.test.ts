import { describe, expect, it } from 'vitest';
import { imageLayer, textLayer, zone } from '@/lib/render/testing/fixtures';
import {
  angleDeg,
  clampToBleed,
  clientToZone,
  mmPerPixel,
  movePatch,
  normaliseDeg,
  rotateHandlePoint,
  scalePatch,
  snapCentre,
  snapRotation,
} from './geometry';

// The fixture zone: 100 x 60 mm trim, 3 mm bleed, so the bleed box is 106 x 66 mm from (-3, -3).

describe('clientToZone', () => {
  it('maps a client pixel through the inverse screen matrix', () => {
    // A 530 px wide overlay at (20, 100) on the page: 5 px per mm, origin 3 mm (15 px) in.
    const screen = new DOMMatrixish(5, 0, 0, 5, 35, 115);
    expect(clientToZone(screen.inverse(), 35, 115)).toEqual({ xMm: 0, yMm: 0 });
    expect(clientToZone(screen.inverse(), 285, 265)).toEqual({ xMm: 50, yMm: 30 });
  });
});

describe('mmPerPixel', () => {
  it('follows the axis that limits the fit, like SVG meet', () => {
    expect(mmPerPixel(zone, 530, 330)).toBeCloseTo(0.2);
    expect(mmPerPixel(zone, 1060, 330)).toBeCloseTo(0.2);
    expect(mmPerPixel(zone, 0, 330)).toBeUndefined();
  });

  it('gives a phone-sized handle a bigger radius in mm than a desktop one', () => {
    const phone = mmPerPixel(zone, 358, 223) ?? 0;
    const desktop = mmPerPixel(zone, 674, 420) ?? 0;
    expect(11 * phone).toBeGreaterThan(11 * desktop);
  });
});

describe('snapCentre', () => {
  it('snaps each axis to the zone centre line within 2 mm', () => {
    expect(snapCentre(zone, { xMm: 51.9, yMm: 40 })).toEqual({
      point: { xMm: 50, yMm: 40 },
      snap: { x: true, y: false },
    });
    expect(snapCentre(zone, { xMm: 70, yMm: 28.5 })).toEqual({
      point: { xMm: 70, yMm: 30 },
      snap: { x: false, y: true },
    });
  });

  it('leaves a centre further away alone', () => {
    expect(snapCentre(zone, { xMm: 52.5, yMm: 33 })).toEqual({
      point: { xMm: 52.5, yMm: 33 },
      snap: { x: false, y: false },
    });
  });
});

describe('moving', () => {
  it('keeps the centre inside the bleed box', () => {
    expect(clampToBleed(zone, { xMm: -50, yMm: 500 })).toEqual({ xMm: -3, yMm: 63 });
  });

  it('moves by the nudge and rounds away float noise', () => {
    expect(movePatch(zone, textLayer({ xMm: 0.1, yMm: 0.2 }), 0.2, 0.1)).toEqual({ xMm: 0.3, yMm: 0.3 });
  });
});

describe('rotation', () => {
  it('normalises to (-180, 180]', () => {
    expect(normaliseDeg(190)).toBe(-170);
    expect(normaliseDeg(-180)).toBe(180);
    expect(normaliseDeg(-365)).toBe(-5);
  });

  it('snaps to the nearest 15° with Shift', () => {
    expect(snapRotation(22, true)).toBe(15);
    expect(snapRotation(23, true)).toBe(30);
    expect(snapRotation(-173, true)).toBe(180);
  });

  it('snaps to upright and the quarter turns within 3°, otherwise keeps 0.1°', () => {
    expect(snapRotation(2.5, false)).toBe(0);
    expect(snapRotation(-92, false)).toBe(-90);
    expect(snapRotation(268, false)).toBe(-90);
    expect(snapRotation(33.33, false)).toBeCloseTo(33.3);
  });

  it('measures angles clockwise from +x with y down', () => {
    expect(angleDeg({ xMm: 0, yMm: 0 }, { xMm: 0, yMm: 10 })).toBe(90);
  });
});

describe('scalePatch', () => {
  it('scales text by its size and images by their width', () => {
    expect(scalePatch(textLayer({ sizeMm: 10 }), 1.5)).toEqual({ sizeMm: 15 });
    expect(scalePatch(imageLayer({ widthMm: 40 }), 0.5)).toEqual({ widthMm: 20 });
  });

  it('never goes below 1 mm or above the schema limits', () => {
    expect(scalePatch(textLayer({ sizeMm: 10 }), 0.01)).toEqual({ sizeMm: 1 });
    expect(scalePatch(textLayer({ sizeMm: 400 }), 2)).toEqual({ sizeMm: 500 });
    expect(scalePatch(imageLayer({ widthMm: 40 }), 0)).toEqual({ widthMm: 1 });
  });
});

describe('rotateHandlePoint', () => {
  const size = { widthMm: 20, heightMm: 10 };

  it('stands above the top edge of an upright layer', () => {
    expect(rotateHandlePoint(zone, textLayer({ xMm: 50, yMm: 30 }), size, 4)).toEqual({
      handle: { xMm: 50, yMm: 21 },
      edge: { xMm: 50, yMm: 25 },
    });
  });

  it('turns with the layer', () => {
    const { handle } = rotateHandlePoint(zone, textLayer({ xMm: 50, yMm: 30, rotationDeg: 90 }), size, 4);
    expect(handle.xMm).toBeCloseTo(59);
    expect(handle.yMm).toBeCloseTo(30);
  });

  it('moves below the layer when the top spot is outside the bleed box', () => {
    expect(rotateHandlePoint(zone, textLayer({ xMm: 50, yMm: 4 }), size, 4).handle).toEqual({
      xMm: 50,
      yMm: 13,
    });
  });
});

/** A 2D affine matrix with inverse(), shaped like the DOMMatrix getScreenCTM returns (Node has none). */
class DOMMatrixish {
  constructor(
    readonly a: number,
    readonly b: number,
    readonly c: number,
    readonly d: number,
    readonly e: number,
    readonly f: number,
  ) {}

  inverse(): DOMMatrixish {
    const det = this.a * this.d - this.b * this.c;
    const { a, b, c, d, e, f } = this;
    return new DOMMatrixish(
      d / det,
      -b / det,
      -c / det,
      a / det,
      (c * f - d * e) / det,
      (b * e - a * f) / det,
    );
  }
}
