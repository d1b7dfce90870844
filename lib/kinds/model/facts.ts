// What the product page states about a product made from a 3D model: its real size, and the
// size of each printable area as measured on the surface.
import type { Template } from '../../templates/schema';
import type { ModelGeometry } from './schema';

const round = (mm: number) => Math.round(mm * 10) / 10;

/** The outer size, and each printable area's size in mm. */
export function modelFacts(g: ModelGeometry, _template: Template): string[] {
  const { x, y, z } = g.boundsMm;
  return [
    `${round(x)} × ${round(z)} mm, ${round(y)} mm tall`,
    ...g.surfaces.map((s) => `${s.label}: ${round(s.widthMm)} × ${round(s.heightMm)} mm`),
  ];
}
