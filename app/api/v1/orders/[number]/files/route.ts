import { apiJson, apiRoute } from '@/lib/server/api/http';
import { apiProductionFiles } from '@/lib/server/api/production';

export const dynamic = 'force-dynamic';

// GET /api/v1/orders/{number}/files (production:read)
export const GET = apiRoute<{ number: string }>('listProductionFiles', async ({ params }) =>
  apiJson(200, await apiProductionFiles(params.number)),
);
