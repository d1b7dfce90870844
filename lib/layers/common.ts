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
