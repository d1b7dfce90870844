// Saving a design: the template version it was made on and the document. One schema for the
// shop's save call (app/api/designs), the public API (POST /api/v1/designs) and its OpenAPI document.
import { z } from 'zod';
import { designSchema } from './schema';

export const saveDesignInput = z.object({
  templateVersionId: z
    .string()
    .min(1)
    .max(64)
    .describe('The published template version the design is made on.'),
  design: designSchema,
});
export type SaveDesignInput = z.infer<typeof saveDesignInput>;
