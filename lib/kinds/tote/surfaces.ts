// A tote is printed on its front and back panels, clear of the top hem and the handle ends.
import type { KindSurfaces } from '../kind';
import { toteKeepOuts } from './layout';

export const toteSurfaces: KindSurfaces<'tote'> = {
  surfaces(g) {
    // Both panels are the same cut with a handle in the same place, seen from outside.
    const keepOuts = toteKeepOuts(g);
    const panel = { widthMm: g.panel.widthMm, heightMm: g.panel.heightMm, keepOuts };
    return [
      { id: 'front', name: 'Front panel', ...panel },
      { id: 'back', name: 'Back panel', ...panel, keepOuts: keepOuts.map((k) => ({ ...k })) },
    ];
  },
  surfaceBase: () => ({ part: 'fabric' }),
};
