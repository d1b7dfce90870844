// The phone case is printed on its back, around the camera cut-out.
import type { KindSurfaces } from '../kind';
import { phoneCaseOuter } from './layout';

export const phoneCaseSurfaces: KindSurfaces<'phone-case'> = {
  surfaces(g) {
    const outer = phoneCaseOuter(g);
    const { cornerRadiusMm: _r, ...camera } = g.camera;
    return [
      {
        id: 'back',
        name: 'Case back',
        widthMm: outer.widthMm,
        heightMm: outer.heightMm,
        keepOuts: [{ ...camera, reason: 'camera cut-out' }],
      },
    ];
  },
  surfaceBase: () => ({ part: 'case' }),
};
