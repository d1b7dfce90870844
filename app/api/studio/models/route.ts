import { STUDIO } from '@/lib/auth/roles';
import { routeUser } from '@/lib/server/auth/guard';
import { handleJson, json } from '@/lib/server/http/json';
import { ingestModel } from '@/lib/server/models';
import { readModelForm } from '@/lib/server/models/form';

// POST /api/studio/models: a brand's 3D model (.glb, or .gltf with its files as one .zip) in
// the multipart field "file". Admins only (401 signed out, 403 for makers).
// 201 ModelInspection | 413 | 415 | 422 { error, issues? } (the validator's messages with their JSON pointers).

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handleJson(async () => {
    await routeUser(STUDIO);
    const { bytes, fileName } = await readModelForm(request);
    const result = await ingestModel(bytes, fileName);
    if (!result.ok) return json(result.status, { error: result.error, issues: result.issues ?? [] });
    return json(201, result.model);
  });
}
