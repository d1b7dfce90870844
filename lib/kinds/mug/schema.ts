// The mug's geometry: body, wall, capacity and handle, and the band a wrap print leaves free.
import { z } from 'zod';
import { mm, mmOrZero } from '../../templates/geometry-schema';

export const mugSchema = z.object({
  kind: z.literal('mug'),
  diameterMm: mm('Diameter'),
  heightMm: mm('Height'),
  wallMm: mm('Wall'),
  capacityMl: mm('Capacity'),
  handle: z.object({
    heightMm: mm('Handle height'),
    projectionMm: mm('Handle projection'),
    thicknessMm: mm('Handle thickness'),
  }),
  /** Band around the handle that a wrap print cannot reach, centred on the handle. */
  handleClearanceMm: mmOrZero('Handle clearance'),
});
export type MugGeometry = z.infer<typeof mugSchema>;
