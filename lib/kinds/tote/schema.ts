// The tote's geometry: canvas, panels, gusset, top hem and handles.
import { z } from 'zod';
import { amount, mm } from '../../templates/geometry-schema';

/**
 * A canvas tote: two panels (front and back) joined by a gusset strip that runs down both
 * sides and across the bottom, a folded top hem, and two webbing handles whose ends are
 * sewn onto the outside of the panels (box-X stitched) below the top edge.
 */
export const toteSchema = z.object({
  kind: z.literal('tote'),
  // Canvas is sold by its weight in ounces per square yard (12 oz = 407 g/m²).
  fabric: z.object({
    weightOz: amount('Canvas weight', 'oz per square yard'),
    composition: z.string().min(1, { error: 'Say what the canvas is made of (e.g. "100% cotton canvas")' }),
  }),
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
export type ToteGeometry = z.infer<typeof toteSchema>;
