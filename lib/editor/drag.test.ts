import { describe, expect, it } from 'vitest';
import { boxGuides, pastThreshold, screenDeltaToMm, snapAxis, snapBox, unionBox } from './drag';

const close = (v: { dxMm: number; dyMm: number }) => ({
  dxMm: Number(v.dxMm.toFixed(6)),
  dyMm: Number(v.dyMm.toFixed(6)),
});

describe('drag kernel', () => {
  it('tells a tap from a drag by a pixel threshold', () => {
    expect(pastThreshold({ x: 10, y: 10 }, { x: 11, y: 11 })).toBe(false);
    expect(pastThreshold({ x: 10, y: 10 }, { x: 13, y: 10 })).toBe(true);
    expect(pastThreshold({ x: 0, y: 0 }, { x: 5, y: 0 }, 8)).toBe(false);
  });

  it('turns screen pixels into mm at the drawing scale', () => {
    expect(close(screenDeltaToMm(10, -4, 0.5))).toEqual({ dxMm: 5, dyMm: -2 });
  });

  it("turns the travel back into a rotated drawing's own axes", () => {
    // A drawing turned 90° clockwise: moving right on screen moves up its own y axis.
    expect(close(screenDeltaToMm(10, 0, 1, 90))).toEqual({ dxMm: 0, dyMm: -10 });
    expect(close(screenDeltaToMm(0, 10, 2, 90))).toEqual({ dxMm: 20, dyMm: 0 });
  });

  it('snaps to the nearest guide within the threshold only', () => {
    expect(snapAxis([49], [50, 0], 2)).toEqual({ delta: 1, guide: 50 });
    expect(snapAxis([10, 47], [50], 2)).toBeNull();
    // The nearest of several candidates wins.
    expect(snapAxis([48.5, 99.8], [50, 100], 2)).toEqual({ delta: expect.closeTo(0.2, 6), guide: 100 });
  });

  it('snaps a box by its centre or its edges, per axis', () => {
    const zone = boxGuides([{ left: 0, top: 0, right: 100, bottom: 80 }]);
    // Centre x 49 -> 50; top edge 1 -> 0.
    const centred = snapBox({ left: 39, right: 59, top: 1, bottom: 11 }, zone, 2);
    expect(centred).toEqual({ dxMm: 1, dyMm: -1, x: 50, y: 0 });
    // Right edge 98.5 -> 100; nothing near on y.
    const right = snapBox({ left: 78.5, right: 98.5, top: 20, bottom: 30 }, zone, 2);
    expect(right).toEqual({ dxMm: 1.5, dyMm: 0, x: 100, y: null });
  });

  it("snaps to another layer's edges and centre", () => {
    const other = boxGuides([{ left: 60, top: 10, right: 80, bottom: 30 }]);
    expect(snapBox({ left: 0, right: 10, top: 15.5, bottom: 25.5 }, other, 1)).toMatchObject({
      dyMm: -0.5,
      y: 20,
    });
  });

  it('bounds several boxes together', () => {
    expect(
      unionBox([
        { left: 0, top: 5, right: 10, bottom: 6 },
        { left: -2, top: 7, right: 3, bottom: 9 },
      ]),
    ).toEqual({ left: -2, top: 5, right: 10, bottom: 9 });
    expect(unionBox([])).toBeUndefined();
  });
});
