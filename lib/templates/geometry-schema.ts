// Zod schemas for product geometry in millimetres, one shape per product kind. Kept apart
// from geometry.ts so browser code that only measures (not validates) does not ship zod.
import { z } from 'zod';

const mm = (what: string) =>
  z.number({ error: `${what} must be a number of millimetres` }).positive({ error: `${what} must be greater than 0 mm` });
/** A positive amount in a unit other than millimetres (fabric weights). */
const amount = (what: string, unit: string) =>
  z.number({ error: `${what} must be a number of ${unit}` }).positive({ error: `${what} must be greater than 0 ${unit}` });
const mmOrZero = (what: string) =>
  z.number({ error: `${what} must be a number of millimetres` }).nonnegative({ error: `${what} cannot be negative` });

export const rectSchema = z.object({
  xMm: mmOrZero('x'),
  yMm: mmOrZero('y'),
  widthMm: mm('Width'),
  heightMm: mm('Height'),
});
export type Rect = z.infer<typeof rectSchema>;

const phoneCaseSchema = z.object({
  kind: z.literal('phone-case'),
  device: z.object({
    model: z.string().min(1),
    widthMm: mm('Device width'),
    heightMm: mm('Device height'),
    depthMm: mm('Device depth'),
    cornerRadiusMm: mm('Device corner radius'),
  }),
  shell: z.object({
    wallMm: mm('Shell wall'),
    clearanceMm: mmOrZero('Clearance'),
    backMm: mm('Back thickness'),
    lipMm: mmOrZero('Screen lip'),
  }),
  /** Camera cut-out on the back, measured from the top-left corner of the case back seen from behind. */
  camera: rectSchema.extend({ cornerRadiusMm: mmOrZero('Camera corner radius') }),
});

const mugSchema = z.object({
  kind: z.literal('mug'),
  diameterMm: mm('Diameter'),
  heightMm: mm('Height'),
  wallMm: mm('Wall'),
  capacityMl: mm('Capacity'),
  handle: z.object({ heightMm: mm('Handle height'), projectionMm: mm('Handle projection'), thicknessMm: mm('Handle thickness') }),
  /** Band around the handle that a wrap print cannot reach, centred on the handle. */
  handleClearanceMm: mmOrZero('Handle clearance'),
});

const teeSchema = z.object({
  kind: z.literal('tee'),
  fabric: z.object({ gsm: amount('Fabric weight', 'grams per square metre'), composition: z.string().min(1) }),
  neckWidthMm: mm('Neck width'),
  frontNeckDropMm: mm('Front neck drop'),
  backNeckDropMm: mm('Back neck drop'),
  ribMm: mm('Collar rib'),
});

const jeansSchema = z.object({
  kind: z.literal('jeans'),
  fabric: z.object({ weightOz: amount('Denim weight', 'oz per square yard'), composition: z.string().min(1) }),
  waistbandMm: mm('Waistband height'),
  backPocket: z.object({ widthMm: mm('Back pocket width'), heightMm: mm('Back pocket height') }),
  patch: z.object({ widthMm: mm('Patch width'), heightMm: mm('Patch height'), material: z.string().min(1) }),
});

/**
 * A canvas tote: two panels (front and back) joined by a gusset strip that runs down both
 * sides and across the bottom, a folded top hem, and two webbing handles whose ends are
 * sewn onto the outside of the panels (box-X stitched) below the top edge.
 */
const toteSchema = z.object({
  kind: z.literal('tote'),
  // Canvas is sold by its weight in ounces per square yard (12 oz = 407 g/m²).
  fabric: z.object({ weightOz: amount('Canvas weight', 'oz per square yard'), composition: z.string().min(1, { error: 'Say what the canvas is made of (e.g. "100% cotton canvas")' }) }),
  /** Each panel, finished and laid flat: width across, height from the bottom seam to the top edge. */
  panel: z.object({ widthMm: mm('Panel width'), heightMm: mm('Panel height') }),
  /** Width of the gusset strip, which is how deep the bag is at the bottom. */
  gussetMm: mm('Gusset depth'),
  /** The folded top hem, measured down from the top edge; artwork stays below it. */
  topHemMm: mm('Top hem'),
  handle: z.object({
    /** Strap length between the two points where it leaves the top edge (the loop you carry by). */
    lengthMm: mm('Handle length'),
    widthMm: mm('Handle width'),
    /** Distance between the centre lines of one handle's two ends. */
    spacingMm: mm('Handle spacing'),
    /** How far down the panel each end is sewn on, from the top edge. */
    attachMm: mm('Handle attachment length'),
  }),
});

export const geometrySchema = z.discriminatedUnion('kind', [phoneCaseSchema, mugSchema, teeSchema, jeansSchema, toteSchema]);
export type Geometry = z.infer<typeof geometrySchema>;
export type ProductKind = Geometry['kind'];
export type PhoneCaseGeometry = z.infer<typeof phoneCaseSchema>;
export type MugGeometry = z.infer<typeof mugSchema>;
export type TeeGeometry = z.infer<typeof teeSchema>;
export type JeansGeometry = z.infer<typeof jeansSchema>;
export type ToteGeometry = z.infer<typeof toteSchema>;
