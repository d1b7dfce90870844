import { apiProducts } from '@/lib/server/api/catalogue';
import { apiJson, apiRoute } from '@/lib/server/api/http';

export const dynamic = 'force-dynamic';

// GET /api/v1/products (catalogue:read)
export const GET = apiRoute('listProducts', async () => apiJson(200, await apiProducts()));
