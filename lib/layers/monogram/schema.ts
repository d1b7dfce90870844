// A monogram layer: one to three letters in a brand-chosen layout, drawn as outlines in one of
// the zone's fonts and colours.
import { z } from 'zod';
import { layerId, position, rotation, sharedLayerFields } from '../common';
import { MONOGRAM_LAYOUTS } from './layouts';

export const monogramLayerSchema = z.object({
  id: layerId,
  kind: z.literal('monogram'),
  /** One to three letters, no spaces: "AJK" draws A, a larger J, K in the classic layout. */
  letters: z.string().regex(/^\S{1,3}$/u, { error: 'A monogram has one to three letters, without spaces' }),
  layout: z.enum(MONOGRAM_LAYOUTS, { error: 'Choose a classic or a circle monogram' }),
  fontId: z.string().min(1),
  colourId: z.string().min(1),
  /** The main (middle) letter's em size in mm; the others are smaller. */
  sizeMm: z.number().min(2, { error: 'Monograms must be at least 2 mm tall' }).max(500),
  xMm: position('x'),
  yMm: position('y'),
  rotationDeg: rotation,
  ...sharedLayerFields,
});

export type MonogramLayer = z.infer<typeof monogramLayerSchema>;
