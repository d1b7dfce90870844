// The tee's geometry: its fabric and neckline. The body's size comes from each size's points of measure.
import { z } from 'zod';
import { amount, mm } from '../../templates/geometry-schema';

export const teeSchema = z.object({
  kind: z.literal('tee'),
  fabric: z.object({
    gsm: amount('Fabric weight', 'grams per square metre'),
    composition: z.string().min(1),
  }),
  neckWidthMm: mm('Neck width'),
  frontNeckDropMm: mm('Front neck drop'),
  backNeckDropMm: mm('Back neck drop'),
  ribMm: mm('Collar rib'),
});
export type TeeGeometry = z.infer<typeof teeSchema>;
