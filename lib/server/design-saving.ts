import 'server-only';
import { z } from 'zod';
import { saveDesignInput } from '../design/save-input';
import { canProduce, validateDesign, type DesignIssue } from '../design/validate';
import { quote } from '../pricing/quote';
import { db, providerOf, type Db } from './db/client';
import { createDesign, previewImages, uploadsFor } from './designs';
import { emitEvent, wakeWebhookDelivery } from './webhooks/emit';
import { designRenderContext } from './render-context';
import { getTemplateVersion } from './templates';

export { saveDesignInput, type SaveDesignInput } from '../design/save-input';

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
    return {
      ok: false,
      error: 'The design could not be read.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  }
  const { templateVersionId, design } = parsed.data;
  const version = await getTemplateVersion(templateVersionId, conn);
  if (!version) return { ok: false, error: 'This product is no longer available.' };

  const images = previewImages(await uploadsFor(design, conn));
  const issues = validateDesign(version.template, design, await designRenderContext(design, images, conn));
  if (!canProduce(issues))
    return { ok: false, error: 'Fix the problems marked in the design before saving.', issues };

  // The design and its design.saved deliveries commit together.
  const provider = providerOf(conn);
  const price = quote(version.template, design, 1);
  const id = await conn.$transaction(async (tx) => {
    const saved = await createDesign(templateVersionId, design, tx as Db);
    await emitEvent(tx, provider, 'design.saved', {
      id: saved,
      product: version.slug,
      templateVersionId,
      version: version.version,
      url: `/d/${saved}`,
      editUrl: `/products/${version.slug}?from=${saved}`,
      priceMinor: price.totalMinor,
      currency: price.currency,
    });
    return saved;
  });
  wakeWebhookDelivery();
  return { ok: true, id, url: `/d/${id}` };
}
