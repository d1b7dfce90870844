// A tee is printed on its front and back panels, as wide and long as the size's points of measure.
import type { KindSurfaces } from '../kind';

export const teeSurfaces: KindSurfaces<'tee'> = {
  surfaces(_g, measurements) {
    const width = measurements.chestWidthMm ?? 0;
    const length = measurements.bodyLengthMm ?? 0;
    return [
      { id: 'front', name: 'Front panel', widthMm: width, heightMm: length, keepOuts: [] },
      { id: 'back', name: 'Back panel', widthMm: width, heightMm: length, keepOuts: [] },
    ];
  },
  surfaceBase: () => ({ part: 'fabric' }),
};
