import { saveDesign } from '@/lib/server/design-saving';
import { handleJson, json, readJson } from '@/lib/server/http/json';

// POST /api/designs { templateVersionId, design } -> 201 { id, url } | 422 { error, issues?, fieldErrors? }
export const runtime = 'nodejs';

export function POST(request: Request) {
  return handleJson(async () => {
    const result = await saveDesign(await readJson(request));
    return result.ok ? json(201, { id: result.id, url: result.url }) : json(422, result);
  });
}
