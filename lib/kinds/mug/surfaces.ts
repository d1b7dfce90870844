// The mug is printed on its wall, unwrapped, leaving a band around the handle.
import type { KindSurfaces } from '../kind';
import { mugCircumference } from './layout';

export const mugSurfaces: KindSurfaces<'mug'> = {
  surfaces(g) {
    const c = mugCircumference(g);
    const half = g.handleClearanceMm / 2;
    // x = 0 is the handle's centre line; the band either side of it cannot be printed.
    const keepOuts =
      half > 0
        ? [
            { xMm: 0, yMm: 0, widthMm: half, heightMm: g.heightMm, reason: 'handle' },
            { xMm: c - half, yMm: 0, widthMm: half, heightMm: g.heightMm, reason: 'handle' },
          ]
        : [];
    return [{ id: 'wrap', name: 'Mug wall (unwrapped)', widthMm: c, heightMm: g.heightMm, keepOuts }];
  },
  surfaceBase: () => ({ part: 'body' }),
};
