// Finding an order: its number and the e-mail it was placed with.
import { z } from 'zod';

export const findOrderSchema = z.object({
  number: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^OK-[A-Z2-9]{4}-[A-Z2-9]{4}$/, { error: 'Enter the order number as it appears in your e-mail, like OK-7K4P-2QXM.' }),
  email: z.email({ error: 'Enter the e-mail address you ordered with.' }),
});

export type FindOrderInput = z.infer<typeof findOrderSchema>;
