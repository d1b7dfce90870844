// Jeans are embroidered on the right back pocket and engraved on the leather waistband patch.
import type { KindSurfaces } from '../kind';

// Vegetable-tanned leather, the patch's material, which no option changes.
const LEATHER = '#b07a48';

export const jeansSurfaces: KindSurfaces<'jeans'> = {
  surfaces: (g) => [
    {
      id: 'back-pocket',
      name: 'Right back pocket',
      widthMm: g.backPocket.widthMm,
      heightMm: g.backPocket.heightMm,
      keepOuts: [],
    },
    {
      id: 'waistband-patch',
      name: 'Waistband patch',
      widthMm: g.patch.widthMm,
      heightMm: g.patch.heightMm,
      keepOuts: [],
    },
  ],
  surfaceBase: (_g, surfaceId) => (surfaceId === 'waistband-patch' ? { hex: LEATHER } : { part: 'fabric' }),
};
