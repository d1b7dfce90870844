// The phone case's geometry: the device it fits, the shell around it, the camera cut-out.
import { z } from 'zod';
import { mm, mmOrZero, rectSchema } from '../../templates/geometry-schema';

export const phoneCaseSchema = z.object({
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
export type PhoneCaseGeometry = z.infer<typeof phoneCaseSchema>;
