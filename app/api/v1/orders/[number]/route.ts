import { apiJson, apiRoute } from '@/lib/server/api/http';
import { apiOrder } from '@/lib/server/api/orders';

export const dynamic = 'force-dynamic';

// GET /api/v1/orders/{number} (orders:read)
export const GET = apiRoute<{ number: string }>('getOrder', async ({ params }) =>
  apiJson(200, await apiOrder(params.number)),
);
