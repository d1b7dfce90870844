import { apiDesign } from '@/lib/server/api/designs';
import { apiJson, apiRoute } from '@/lib/server/api/http';

export const dynamic = 'force-dynamic';

// GET /api/v1/designs/{id} (catalogue:read)
export const GET = apiRoute<{ id: string }>('getDesign', async ({ params }) =>
  apiJson(200, await apiDesign(params.id)),
);
