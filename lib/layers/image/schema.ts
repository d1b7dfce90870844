// An image layer: an uploaded picture placed at a printed width.
import { z } from 'zod';
import { layerId, position, rotation, sharedLayerFields } from '../common';

export const imageLayerSchema = z.object({
  id: layerId,
  kind: z.literal('image'),
  /** sha256 of the uploaded original (see app/api/uploads). */
  uploadId: z.string().regex(/^[a-f0-9]{64}$/, { error: 'Unknown image' }),
  /** Printed width; the height follows the image's own aspect ratio. */
  widthMm: z.number().min(1, { error: 'Images must be at least 1 mm wide' }).max(2000),
  xMm: position('x'),
  yMm: position('y'),
  rotationDeg: rotation,
  ...sharedLayerFields,
});

export type ImageLayer = z.infer<typeof imageLayerSchema>;
