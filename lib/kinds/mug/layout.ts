// The mug's wrap: the length of its unwrapped wall, shared by the surfaces, the drawing and the model.
import type { MugGeometry } from './schema';

/** Mug outer circumference in mm (the length of the unwrapped wrap surface). */
export function mugCircumference(g: MugGeometry): number {
  return Math.PI * g.diameterMm;
}
