import { apiProductVersion } from '@/lib/server/api/catalogue';
import { apiJson, apiRoute } from '@/lib/server/api/http';

export const dynamic = 'force-dynamic';

// GET /api/v1/products/{slug}/versions/{version} (catalogue:read)
export const GET = apiRoute<{ slug: string; version: number }>('getProductVersion', async ({ params }) =>
  apiJson(200, await apiProductVersion(params.slug, params.version)),
);
