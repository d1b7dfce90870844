// The design document: what a shopper made of a template version. It holds only choices and
// layers; prices, validity and pictures are derived from it by lib/ functions. Each layer
// kind's schema lives in its own folder (lib/layers/<kind>/schema.ts).
import { z } from 'zod';
import { clipartLayerSchema } from '../layers/clipart/schema';
import { imageLayerSchema } from '../layers/image/schema';
import { monogramLayerSchema } from '../layers/monogram/schema';
import { shapeLayerSchema } from '../layers/shape/schema';
import { textLayerSchema } from '../layers/text/schema';

export { clipartLayerSchema, imageLayerSchema, monogramLayerSchema, shapeLayerSchema, textLayerSchema };
export type { ClipartLayer } from '../layers/clipart/schema';
export type { MonogramLayer } from '../layers/monogram/schema';
export type { ImageLayer } from '../layers/image/schema';
export type { ShapeLayer } from '../layers/shape/schema';
export type { TextLayer } from '../layers/text/schema';

export const layerSchema = z.discriminatedUnion('kind', [
  textLayerSchema,
  imageLayerSchema,
  shapeLayerSchema,
  clipartLayerSchema,
  monogramLayerSchema,
]);

export const designSchema = z.object({
  schemaVersion: z.literal(1),
  variantId: z.string().min(1),
  /** Chosen choice id per option id. */
  selection: z.record(z.string(), z.string()),
  /** Layers per zone id, bottom first. */
  zones: z.record(
    z.string(),
    z.object({ layers: z.array(layerSchema).max(30, { error: 'Too many layers' }) }),
  ),
});

export type Layer = z.infer<typeof layerSchema>;
/** The kinds of layer a design can hold: each has a module in lib/layers/<kind>/. */
export type LayerKind = Layer['kind'];
export type Design = z.infer<typeof designSchema>;

/** What the renderer and validation need to know about an uploaded image. */
export type ImageInfo = {
  widthPx: number;
  heightPx: number;
  /** URL of the preview copy (browser) or original (print). */ href: string;
};
