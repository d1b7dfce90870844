import { z } from 'zod';
import { STUDIO } from '@/lib/auth/roles';
import { MAX_CLIPART_BYTES } from '@/lib/clipart/limits';
import { clipartUploadSchema } from '@/lib/clipart/upload-schema';
import { routeUser } from '@/lib/server/auth/guard';
import { ingestClipart } from '@/lib/server/clipart/store';
import { handleJson, HttpError, json } from '@/lib/server/http/json';
import { readUploadForm } from '@/lib/server/http/upload-form';

// POST /api/studio/clipart: a brand's SVG clipart in the multipart field "file", with "name" and
// "category". Admins only (401 signed out, 403 for makers). The SVG is sanitized; a refusal
// says why. 201 { item } (200 when the same artwork was stored already) | 413 | 415 | 422 { error, fieldErrors? }.

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handleJson(async () => {
    await routeUser(STUDIO);
    const { bytes, fields } = await readUploadForm(request, {
      maxFileBytes: MAX_CLIPART_BYTES,
      tooLarge: `The SVG is larger than ${MAX_CLIPART_BYTES / 1024} KB. Simplify it and export it again.`,
      missing: 'Choose an SVG file to upload.',
    });
    const meta = clipartUploadSchema.safeParse(fields);
    if (!meta.success)
      throw new HttpError(422, 'Check the highlighted fields.', z.flattenError(meta.error).fieldErrors);
    const result = await ingestClipart(bytes, meta.data.name, meta.data.category);
    if (!result.ok) return json(422, { error: result.error });
    return json(result.existed ? 200 : 201, { item: result.item });
  });
}
