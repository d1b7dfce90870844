// Zod building blocks for product geometry in millimetres, shared by every kind's schema
// (lib/kinds/<kind>/schema.ts). Kept apart from geometry.ts so browser code that only measures
// (not validates) does not ship zod.
import { z } from 'zod';

/** A positive number of millimetres, named in the error a brand reads. */
export const mm = (what: string) =>
  z
    .number({ error: `${what} must be a number of millimetres` })
    .positive({ error: `${what} must be greater than 0 mm` });
/** A positive amount in a unit other than millimetres (fabric weights). */
export const amount = (what: string, unit: string) =>
  z
    .number({ error: `${what} must be a number of ${unit}` })
    .positive({ error: `${what} must be greater than 0 ${unit}` });
/** Millimetres that may be zero (a clearance, a position from an edge). */
export const mmOrZero = (what: string) =>
  z
    .number({ error: `${what} must be a number of millimetres` })
    .nonnegative({ error: `${what} cannot be negative` });

export const rectSchema = z.object({
  xMm: mmOrZero('x'),
  yMm: mmOrZero('y'),
  widthMm: mm('Width'),
  heightMm: mm('Height'),
});
export type Rect = z.infer<typeof rectSchema>;

/**
 * A zone's rectangle. Its x may be negative: a centred zone's x is an offset from the panel's
 * centre line (a left-chest print sits left of it). A top-left zone with a negative x starts
 * left of the surface's edge, which the template rules refuse as "extends beyond".
 */
export const zoneRectSchema = rectSchema.extend({
  xMm: z.number({ error: 'x must be a number of millimetres' }),
});
