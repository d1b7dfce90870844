// A model's surfaces are its measured UV rectangles: zones are placed in mm inside them like on
// every other kind, and the print takes on the finish of the material under them.
import type { KindSurfaces } from '../kind';

export const modelSurfaces: KindSurfaces<'model'> = {
  surfaces: (g) =>
    g.surfaces.map((s) => ({
      id: s.id,
      name: s.label,
      widthMm: s.widthMm,
      heightMm: s.heightMm,
      keepOuts: [],
    })),
  surfaceBase(g, surfaceId) {
    const surface = g.surfaces.find((s) => s.id === surfaceId);
    const part = g.parts.find((p) => p.material === surface?.material) ?? g.parts[0];
    // A model with no dressable material: the print sits on a neutral grey.
    return part ? { part: part.material } : { hex: '#9ca3af' };
  },
  views: (g) => g.views.map((v) => ({ id: v.id, label: v.label })),
};
