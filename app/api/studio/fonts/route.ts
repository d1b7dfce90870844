import { z } from 'zod';
import { MAX_FONT_BYTES, licenceNoteSchema } from '@/lib/brand-fonts/limits';
import { STUDIO } from '@/lib/auth/roles';
import { routeUser } from '@/lib/server/auth/guard';
import { ingestFont, listBrandFonts } from '@/lib/server/brand-fonts';
import { handleJson, HttpError, json } from '@/lib/server/http/json';
import { readUploadForm } from '@/lib/server/http/upload-form';

// POST /api/studio/fonts: a brand font (TTF, OTF, WOFF or WOFF2) in the multipart field "file",
// with its licence note in "licenceNote". Admins only (401 signed out, 403 for makers).
// 201 { font } (200 when the same font was stored already) | 413 | 415 | 422 { error, fieldErrors? }.

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// GET /api/studio/fonts: the brand's fonts ({ fonts: [{ id, family, style }] }) for the zone
// form's font list. Admins only.
export async function GET(): Promise<Response> {
  return handleJson(async () => {
    await routeUser(STUDIO);
    const fonts = (await listBrandFonts()).map(({ id, family, style }) => ({ id, family, style }));
    return json(200, { fonts });
  });
}

export async function POST(request: Request): Promise<Response> {
  return handleJson(async () => {
    await routeUser(STUDIO);
    const { bytes, fileName, fields } = await readUploadForm(request, {
      maxFileBytes: MAX_FONT_BYTES,
      tooLarge: `The font is larger than ${MAX_FONT_BYTES / 1024 / 1024} MB. Upload a subset (for example the Latin characters only).`,
      missing: 'Choose a TTF, OTF or WOFF2 font file to upload.',
    });
    const note = licenceNoteSchema.safeParse(fields.licenceNote ?? '');
    if (!note.success)
      throw new HttpError(422, 'Add the licence note.', {
        licenceNote: z.flattenError(note.error).formErrors,
      });
    const result = await ingestFont(bytes, fileName || 'font', note.data);
    if (!result.ok) return json(result.status, { error: result.error });
    return json(result.existed ? 200 : 201, { font: result.font });
  });
}
