// The design document: what a shopper made of a template version. It holds only choices and
// layers; prices, validity and pictures are derived from it by lib/ functions.
import { z } from 'zod';

const layerId = z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'Layer ids are short lower-case tokens' });
/** Millimetres within a sane range: no layer sits a metre outside its zone. */
const position = (what: string) => z.number({ error: `${what} must be a number of millimetres` }).min(-1000).max(2000);

export const textLayerSchema = z.object({
  id: layerId,
  kind: z.literal('text'),
  /** Lines are separated by "\n". Limits per zone are checked by validateDesign, not here. */
  text: z.string().max(1000, { error: 'Text is too long' }),
  fontId: z.string().min(1),
  colourId: z.string().min(1),
  /** Font size: the em height in millimetres (capital letters are about 0.7 of it). */
  sizeMm: z.number().min(0.5, { error: 'Text must be at least 0.5 mm tall' }).max(500),
  align: z.enum(['left', 'centre', 'right']),
  letterSpacingMm: z.number().min(-10).max(100),
  lineHeight: z.number().min(0.7).max(3),
  /** Centre of the layer, from the zone's top-left trim corner, in mm. */
  xMm: position('x'),
  yMm: position('y'),
  rotationDeg: z.number().min(-360).max(360),
});

export const imageLayerSchema = z.object({
  id: layerId,
  kind: z.literal('image'),
  /** sha256 of the uploaded original (see app/api/uploads). */
  uploadId: z.string().regex(/^[a-f0-9]{64}$/, { error: 'Unknown image' }),
  /** Printed width; the height follows the image's own aspect ratio. */
  widthMm: z.number().min(1, { error: 'Images must be at least 1 mm wide' }).max(2000),
  xMm: position('x'),
  yMm: position('y'),
  rotationDeg: z.number().min(-360).max(360),
});

export const layerSchema = z.discriminatedUnion('kind', [textLayerSchema, imageLayerSchema]);

export const designSchema = z.object({
  schemaVersion: z.literal(1),
  variantId: z.string().min(1),
  /** Chosen choice id per option id. */
  selection: z.record(z.string(), z.string()),
  /** Layers per zone id, bottom first. */
  zones: z.record(z.string(), z.object({ layers: z.array(layerSchema).max(30, { error: 'Too many layers' }) })),
});

export type TextLayer = z.infer<typeof textLayerSchema>;
export type ImageLayer = z.infer<typeof imageLayerSchema>;
export type Layer = z.infer<typeof layerSchema>;
export type Design = z.infer<typeof designSchema>;

/** What the renderer and validation need to know about an uploaded image. */
export type ImageInfo = { widthPx: number; heightPx: number; /** URL of the preview copy (browser) or original (print). */ href: string };
