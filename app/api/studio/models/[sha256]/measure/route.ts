import { STUDIO } from '@/lib/auth/roles';
import { measureZoneSchema } from '@/lib/models/upload';
import { routeUser } from '@/lib/server/auth/guard';
import { handleJson, HttpError, json, readJson } from '@/lib/server/http/json';
import { measureModelZone } from '@/lib/server/models';

// POST /api/studio/models/<sha256>/measure { mesh, uv: { u0, v0, u1, v1 }, scaleToMm }: the
// zone's real width and height in mm and its stretch, measured on the stored model. Admins
// only. 200 { widthMm, heightMm, stretchPct, triangles, warning? } | 404 | 422 { error, code }.

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(
  request: Request,
  { params }: { params: Promise<{ sha256: string }> },
): Promise<Response> {
  return handleJson(async () => {
    await routeUser(STUDIO);
    const parsed = measureZoneSchema.safeParse(await readJson(request));
    if (!parsed.success) throw new HttpError(422, 'Send the mesh, the UV rectangle and the unit scale.');
    const result = await measureModelZone((await params).sha256, parsed.data);
    if (!result.ok) return json(result.status, { error: result.error, code: result.code });
    const { ok: _ok, ...measure } = result.measure;
    return json(200, measure);
  });
}
