// An image layer: an uploaded picture placed at a printed width, with its image tools (crop,
// quarter turns, flips, a mask and a filter) kept as parameters, never as a new upload. Every
// tool is optional: a layer without them is drawn exactly as before they existed.
import { z } from 'zod';
import { layerId, position, rotation, sharedLayerFields } from '../common';

const unit = z.number().min(0).max(1);

/** The part of the picture kept, in the picture's own 0..1 coordinates (before turns and flips). */
export const imageCropSchema = z
  .object({ x: unit, y: unit, w: z.number().gt(0).max(1), h: z.number().gt(0).max(1) })
  .refine((c) => c.x + c.w <= 1.000001 && c.y + c.h <= 1.000001, {
    error: 'The crop must lie inside the image',
  });

/** A shape the picture is cut to: an ellipse inscribed in its box, or a rounded rectangle. */
export const imageMaskSchema = z.discriminatedUnion('shape', [
  z.object({ shape: z.literal('circle') }),
  z.object({ shape: z.literal('rounded'), radiusMm: z.number().min(0).max(1000) }),
]);

/** A filter on the picture's pixels (lib/render/image-pixels.ts); duotone in two zone colours. */
export const imageFilterSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('greyscale') }),
  z.object({ kind: z.literal('sepia') }),
  z.object({ kind: z.literal('duotone'), darkColourId: z.string().min(1), lightColourId: z.string().min(1) }),
  z.object({ kind: z.literal('threshold'), level: z.number().int().min(1).max(254).optional() }),
]);

export const imageLayerSchema = z.object({
  id: layerId,
  kind: z.literal('image'),
  /** sha256 of the uploaded original (see app/api/uploads). */
  uploadId: z.string().regex(/^[a-f0-9]{64}$/, { error: 'Unknown image' }),
  /** Printed width; the height follows the (cropped, turned) image's own aspect ratio. */
  widthMm: z.number().min(1, { error: 'Images must be at least 1 mm wide' }).max(2000),
  xMm: position('x'),
  yMm: position('y'),
  rotationDeg: rotation,
  crop: imageCropSchema.optional(),
  /** Clockwise quarter turns of the picture inside its box (swap the aspect when odd). */
  quarterTurns: z.number().int().min(0).max(3).optional(),
  flipX: z.boolean().optional(),
  flipY: z.boolean().optional(),
  mask: imageMaskSchema.optional(),
  filter: imageFilterSchema.optional(),
  ...sharedLayerFields,
});

export type ImageLayer = z.infer<typeof imageLayerSchema>;
export type ImageCrop = z.infer<typeof imageCropSchema>;
export type ImageMask = z.infer<typeof imageMaskSchema>;
export type ImageFilterChoice = z.infer<typeof imageFilterSchema>;
