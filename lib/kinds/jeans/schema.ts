// The jeans' geometry: denim, waistband, back pocket and leather patch. The legs come from each
// size's points of measure.
import { z } from 'zod';
import { amount, mm } from '../../templates/geometry-schema';

export const jeansSchema = z.object({
  kind: z.literal('jeans'),
  fabric: z.object({
    weightOz: amount('Denim weight', 'oz per square yard'),
    composition: z.string().min(1),
  }),
  waistbandMm: mm('Waistband height'),
  backPocket: z.object({ widthMm: mm('Back pocket width'), heightMm: mm('Back pocket height') }),
  patch: z.object({ widthMm: mm('Patch width'), heightMm: mm('Patch height'), material: z.string().min(1) }),
});
export type JeansGeometry = z.infer<typeof jeansSchema>;
