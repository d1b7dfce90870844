// The template document: everything that describes a personalizable product. A published
// version of this document is immutable; designs and orders point at the version they used.
import { z } from 'zod';
import { geometrySchema } from '../kinds/schemas';
import { MONOGRAM_LAYOUTS } from '../layers/monogram/layouts';
import { zoneRectSchema } from './geometry-schema';
import { templateRules } from './rules';
import { techPackSchema } from './tech-pack-schema';

const id = (what: string) =>
  z.string({ error: `${what} id must be text` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: `${what} id must be lower-case letters, digits and dashes (e.g. "back-pocket")`,
  });

/** An integer amount of the template currency's minor units (cents); deltas may be negative. */
const minor = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int({ error: `${what} must be a whole number of minor units (e.g. 2499 for 24.99), not a fraction` });
const price = (what: string) => minor(what).nonnegative({ error: `${what} cannot be negative` });

const hex = z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'Colour must be a hex code like #1a2b3c' });

export const TEXTURE_KINDS = [
  'plastic-gloss',
  'plastic-matte',
  'plastic-clear',
  'ceramic-gloss',
  'ceramic-matte',
  'cotton-jersey',
  'denim-twill',
  'cotton-canvas',
  'leather',
] as const;

const swatchSchema = z.object({
  hex,
  roughness: z
    .number()
    .min(0, { error: 'Roughness runs from 0 to 1' })
    .max(1, { error: 'Roughness runs from 0 to 1' }),
  metalness: z
    .number()
    .min(0, { error: 'Metalness runs from 0 to 1' })
    .max(1, { error: 'Metalness runs from 0 to 1' }),
  texture: z.enum(TEXTURE_KINDS, { error: `Texture must be one of: ${TEXTURE_KINDS.join(', ')}` }),
  /** 0 = opaque, up to 1 = fully see-through (a clear case). */
  transmission: z.number().min(0).max(1).default(0),
});

const choiceSchema = z.object({
  id: id('Choice'),
  name: z.string().min(1, { error: 'Every choice needs a name shoppers can read' }),
  swatch: swatchSchema,
  priceDeltaMinor: minor('Price delta'),
});

const optionSchema = z.object({
  id: id('Option'),
  name: z.string().min(1),
  kind: z.enum(['colour', 'material', 'finish']),
  /** Which part of the product the choice dresses (the 3D preview applies it there). */
  part: z.string().min(1),
  defaultChoice: z.string(),
  choices: z.array(choiceSchema).min(1, { error: 'An option needs at least one choice' }),
});

const variantSchema = z.object({
  id: id('Size'),
  label: z.string().min(1),
  /** Graded points of measure for this size, in mm (finished garment, laid flat where noted). */
  measurements: z.record(
    z.string(),
    z.number().positive({ error: 'Measurements must be greater than 0 mm' }),
  ),
  priceDeltaMinor: minor('Size price delta').default(0),
});

const ruleSchema = z.object({
  id: id('Rule'),
  /** The combination is not allowed when every listed choice is selected together. */
  forbid: z
    .array(z.object({ option: z.string(), choice: z.string() }))
    .min(2, { error: 'A rule forbids a combination of at least two choices' }),
  message: z.string().min(1, { error: 'Tell shoppers why the combination is not offered' }),
});

const zoneColourSchema = z.object({
  id: id('Colour'),
  name: z.string().min(1),
  hex,
  /** Ink, thread or finish reference the maker orders by (e.g. a thread chart number). */
  reference: z.string().optional(),
});

const zoneSchema = z.object({
  id: id('Zone'),
  name: z.string().min(1),
  surface: z.string(),
  method: z.enum(['print', 'engrave', 'embroider'], {
    error: 'Production method must be print, engrave or embroider',
  }),
  rect: zoneRectSchema,
  /** top-centre: x is an offset from the panel's centre line (garments); top-left: from the edge. */
  anchor: z.enum(['top-left', 'top-centre']).default('top-left'),
  bleedMm: z.number().nonnegative({ error: 'Bleed cannot be negative' }),
  safeMm: z.number().nonnegative({ error: 'Safe margin cannot be negative' }),
  minImageDpi: z.number().int().positive({ error: 'Minimum image DPI must be greater than 0' }),
  printDpi: z.number().int().positive().default(300),
  content: z
    .object({
      text: z.boolean(),
      image: z.boolean(),
      /** Shapes (lib/layers/shape); unset: wherever images are allowed. */
      shape: z.boolean().optional(),
      /** Clipart from the library and the brand's uploads (lib/layers/clipart); unset: none. */
      clipart: z.boolean().optional(),
    })
    .refine((c) => c.text || c.image, { error: 'A zone must allow text, images or both' }),
  /** Shipped font ids (lib/templates/fonts.ts) and brand font ids (the sha256 of a stored font). */
  fonts: z.array(z.string()),
  /** The monogram layouts shoppers may add (lib/layers/monogram); unset or empty: none. */
  monograms: z
    .array(z.enum(MONOGRAM_LAYOUTS, { error: 'Monogram layouts are classic and circle' }))
    .optional(),
  colours: z.array(zoneColourSchema),
  limits: z.object({
    maxChars: z.number().int().positive({ error: 'Character limit must be at least 1' }),
    maxLines: z.number().int().positive({ error: 'Line limit must be at least 1' }),
    maxLayers: z.number().int().positive({ error: 'Layer limit must be at least 1' }),
    /** Smallest letter height production can hold (embroidery needs about 5 mm). */
    minTextHeightMm: z.number().positive().optional(),
  }),
});

const zonePriceSchema = z.object({
  zone: z.string(),
  perZoneMinor: price('Zone charge'),
  perCharacterMinor: price('Per-character charge'),
  perImageMinor: price('Per-image charge'),
  /** Per shape layer; unset: shapes cost nothing extra. */
  perShapeMinor: price('Per-shape charge').optional(),
  /** Per clipart layer; unset: clipart costs nothing extra. */
  perClipartMinor: price('Per-clipart charge').optional(),
  /** Per monogram layer; unset: monograms cost nothing extra. */
  perMonogramMinor: price('Per-monogram charge').optional(),
  setupFeeMinor: price('Setup fee'),
});

const pricingSchema = z.object({
  basePriceMinor: price('Base price').positive({ error: 'Base price must be greater than 0' }),
  zones: z.array(zonePriceSchema),
  quantityBreaks: z.array(
    z.object({
      minQuantity: z.number().int().min(2, { error: 'A quantity break starts at 2 or more' }),
      /** Discount in basis points: 1000 = 10 %. */
      discountBasisPoints: z
        .number()
        .int()
        .min(1)
        .max(9000, { error: 'A quantity break cannot discount more than 90 %' }),
    }),
  ),
});

export const templateShapeSchema = z.object({
  schemaVersion: z.literal(1),
  slug: id('Template'),
  name: z.string().min(1, { error: 'A template needs a name' }),
  description: z.string().min(1, { error: 'Describe the product for shoppers' }),
  brand: z.string().min(1),
  currency: z.string(),
  geometry: geometrySchema,
  sizes: z.object({
    label: z.string().min(1),
    defaultVariant: z.string(),
    variants: z.array(variantSchema).min(1, { error: 'A template needs at least one size' }),
  }),
  options: z.array(optionSchema),
  rules: z.array(ruleSchema),
  zones: z.array(zoneSchema).min(1, { error: 'A personalizable product needs at least one zone' }),
  pricing: pricingSchema,
  /** Garments: points of measure with tolerance and grade, materials and sewing operations. */
  techPack: techPackSchema.optional(),
});

/** A template document with every cross-field rule checked (zones inside surfaces, known fonts, ...). */
export const templateSchema = templateShapeSchema.superRefine((doc, ctx) => {
  for (const issue of templateRules(doc))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export type Template = z.infer<typeof templateShapeSchema>;
export type TemplateInput = z.input<typeof templateShapeSchema>;
export type Zone = Template['zones'][number];
export type TemplateOption = Template['options'][number];
export type Variant = Template['sizes']['variants'][number];
