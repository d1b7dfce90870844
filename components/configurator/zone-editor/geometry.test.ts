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
  snapMove,
  clampDelta,
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

describe('snapMove', () => {
  // A 20 x 10 mm box centred at (40, 20) in the 100 x 60 mm zone.
  const box = { left: 30, right: 50, top: 15, bottom: 25 };

  it('snaps the moved box to the zone centre lines and edges within the threshold', () => {
    // Moved by 9 mm: centre x at 49 -> snaps onto the centre line at 50.
    expect(snapMove(zone, [box], [], 9, 0, 2)).toEqual({ dxMm: 10, dyMm: 0, guides: { x: 50, y: null } });
    // Moved up by 14 mm: top at 1 -> snaps to the top edge at 0 (the right edge stays on the centre line).
    expect(snapMove(zone, [box], [], 0, -14, 2)).toEqual({ dxMm: 0, dyMm: -15, guides: { x: 50, y: 0 } });
  });

  it("snaps to another layer's edges and centre", () => {
    const other = { left: 70, right: 90, top: 40, bottom: 50 };
    // Moved down 19.5 mm: the centre at 39.5 is 0.5 mm from the other's top edge.
    expect(snapMove(zone, [box], [other], 5, 19.5, 1)).toMatchObject({ dyMm: 20, guides: { y: 40 } });
  });

  it('leaves a move far from every guide alone', () => {
    expect(snapMove(zone, [box], [], 3, 3, 1)).toEqual({ dxMm: 3, dyMm: 3, guides: { x: null, y: null } });
  });
});

describe('clampDelta', () => {
  it('shortens a move so every moved centre stays in the bleed box', () => {
    const layers = [textLayer({ xMm: 10, yMm: 30 }), textLayer({ id: 'b', xMm: 90, yMm: 30 })];
    // The bleed box runs from -3 to 103 mm: the right-hand layer can move 13 mm right, no more.
    expect(clampDelta(zone, layers, 20, 0)).toEqual({ dxMm: 13, dyMm: 0 });
    expect(clampDelta(zone, layers, -20, 5)).toEqual({ dxMm: -13, dyMm: 5 });
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
