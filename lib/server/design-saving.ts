import 'server-only';
import { z } from 'zod';
import { designSchema } from '../design/schema';
import { canProduce, validateDesign, type DesignIssue } from '../design/validate';
import { db, type Db } from './db/client';
import { createDesign, previewImages, uploadsFor } from './designs';
import { serverFontLibrary } from './fonts';
import { getTemplateVersion } from './templates';

export const saveDesignInput = z.object({ templateVersionId: z.string().min(1).max(64), design: designSchema });
export type SaveDesignInput = z.infer<typeof saveDesignInput>;

export type SaveDesignResult =
  | { ok: true; id: string; url: string }
  | { ok: false; error: string; issues?: DesignIssue[]; fieldErrors?: Record<string, string[]> };

/**
 * Validates a design against its template version with the same rules the browser used,
 * then stores it. Nothing from the client is trusted: sizes of images come from our uploads.
 */
export async function saveDesign(input: unknown, conn: Db = db()): Promise<SaveDesignResult> {
  const parsed = saveDesignInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: 'The design could not be read.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { templateVersionId, design } = parsed.data;
  const version = await getTemplateVersion(templateVersionId, conn);
  if (!version) return { ok: false, error: 'This product is no longer available.' };

  const images = previewImages(await uploadsFor(design, conn));
  const issues = validateDesign(version.template, design, { fonts: await serverFontLibrary(), images });
  if (!canProduce(issues)) return { ok: false, error: 'Fix the problems marked in the design before saving.', issues };

  const id = await createDesign(templateVersionId, design, conn);
  return { ok: true, id, url: `/d/${id}` };
}
