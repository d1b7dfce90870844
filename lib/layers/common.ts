// Fields every layer kind shares: its id and where its centre sits in the zone.
import { z } from 'zod';

export const layerId = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, { error: 'Layer ids are short lower-case tokens' });

/** Millimetres within a sane range: no layer sits a metre outside its zone. */
export const position = (what: string) =>
  z
    .number({ error: `${what} must be a number of millimetres` })
    .min(-1000)
    .max(2000);

export const rotation = z.number().min(-360).max(360);

/**
 * Fields every layer kind's schema spreads in (`...sharedLayerFields`). Optional, so designs
 * saved before a field existed still parse and an unset field means the default.
 */
export const sharedLayerFields = {
  /** A locked layer stays put: the layout editor does not move, resize or turn it until unlocked. */
  locked: z.boolean().optional(),
};
