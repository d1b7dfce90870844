import { STUDIO } from '@/lib/auth/roles';
import { routeUser } from '@/lib/server/auth/guard';
import { handleJson, HttpError, json } from '@/lib/server/http/json';
import { modelInspection } from '@/lib/server/models';

// GET /api/studio/models/<sha256>: what the studio knows of a stored model (meshes, materials,
// UV islands, size), for reopening a draft. Admins only. 200 ModelInspection | 404.

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ sha256: string }> },
): Promise<Response> {
  return handleJson(async () => {
    await routeUser(STUDIO);
    const model = await modelInspection((await params).sha256);
    if (!model) throw new HttpError(404, 'No such model: upload it again.');
    return json(200, model);
  });
}
