import { openApiDocument } from '@/lib/api/openapi';
import { readEnv } from '@/lib/server/env';

export const dynamic = 'force-dynamic';

// GET /api/v1/openapi.json: the OpenAPI 3.1 document, public.
export function GET(): Response {
  return Response.json(openApiDocument(readEnv().publicUrl), {
    headers: { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' },
  });
}
