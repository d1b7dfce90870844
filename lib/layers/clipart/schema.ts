// A clipart layer: an icon from the starter library or one of the brand's uploads, placed at
// a width in mm and drawn in one zone colour (or, in print zones, in its own colours).
import { z } from 'zod';
import { layerId, position, rotation, sharedLayerFields } from '../common';

export const clipartLayerSchema = z.object({
  id: layerId,
  kind: z.literal('clipart'),
  /** A library icon's id ("tabler-filled-heart") or a brand upload's sha256. */
  clipartId: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, { error: 'Choose a clipart from the library or the brand’s own' }),
  widthMm: z.number().min(1, { error: 'Clipart must be at least 1 mm wide' }).max(2000),
  /** A zone colour id for every part of it, or null for its own colours (print zones only). */
  colourId: z.string().min(1).nullable(),
  xMm: position('x'),
  yMm: position('y'),
  rotationDeg: rotation,
  ...sharedLayerFields,
});

export type ClipartLayer = z.infer<typeof clipartLayerSchema>;
