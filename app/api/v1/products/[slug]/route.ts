import { apiProduct } from '@/lib/server/api/catalogue';
import { apiJson, apiRoute } from '@/lib/server/api/http';

export const dynamic = 'force-dynamic';

// GET /api/v1/products/{slug} (catalogue:read)
export const GET = apiRoute<{ slug: string }>('getProduct', async ({ params }) =>
  apiJson(200, await apiProduct(params.slug)),
);
