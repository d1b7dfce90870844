// The studio's payloads: one zod schema each, shared by the forms and the server actions.
import { z } from 'zod';
import { isPlainText } from '../plain-text';
import type { ProductKind } from '../templates/geometry-schema';
import { PRODUCT_KINDS } from '../templates/kinds';
import { isKnownCurrency } from '../money';

/** A draft is at most this much JSON (a jeans template with 30 sizes and a tech pack is ~40 KB). */
export const MAX_DRAFT_BYTES = 512 * 1024;

export const slugSchema = z
  .string()
  .trim()
  .min(1, { error: 'Choose a web address' })
  .max(60, { error: 'Keep the web address under 60 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Use lower-case letters, digits and single dashes, like "canvas-tote"',
  });

const nameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the product a name' })
  .max(120, { error: 'Keep the name under 120 characters' });

export const newTemplateSchema = z.object({
  kind: z.enum(PRODUCT_KINDS.map((k) => k.kind) as [ProductKind, ...ProductKind[]], {
    error: 'Choose a product kind',
  }),
  name: nameSchema,
  slug: slugSchema,
  brand: z.string().trim().min(1, { error: 'Name the brand shoppers buy from' }).max(80),
  currency: z.string().trim().toUpperCase().refine(isKnownCurrency, { error: 'Choose a currency' }),
  description: z.string().trim().min(1, { error: 'Describe the product for shoppers' }).max(2000),
});
export type NewTemplateInput = z.infer<typeof newTemplateSchema>;

export const duplicateTemplateSchema = z.object({ from: slugSchema, name: nameSchema, slug: slugSchema });
export type DuplicateTemplateInput = z.infer<typeof duplicateTemplateSchema>;

const revision = z.number().int().nonnegative();

export const saveDraftSchema = z.object({
  slug: slugSchema,
  /** The revision the edits are based on; a save from an older one is refused. */
  revision,
  document: z.record(z.string(), z.unknown()).refine((doc) => JSON.stringify(doc).length <= MAX_DRAFT_BYTES, {
    error: 'The draft is too large to save',
  }),
});
export type SaveDraftInput = z.infer<typeof saveDraftSchema>;

export const publishDraftSchema = z.object({
  slug: slugSchema,
  revision,
  note: z
    .string()
    .trim()
    .max(500, { error: 'Keep the note under 500 characters' })
    // Kept in its own column: PostgreSQL refuses a NUL byte in text.
    .refine((note) => isPlainText(note.replace(/[\r\n\t]/g, ' ')), {
      error: 'Remove unusual characters from the note',
    })
    .optional(),
});
export type PublishDraftInput = z.infer<typeof publishDraftSchema>;

export const archiveTemplateSchema = z.object({ slug: slugSchema, archived: z.boolean() });

export const renameTemplateSchema = z.object({ slug: slugSchema, newSlug: slugSchema, revision });
export type RenameTemplateInput = z.infer<typeof renameTemplateSchema>;

export const deleteTemplateSchema = z.object({ slug: slugSchema });
