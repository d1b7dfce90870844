import { apiRoute } from '@/lib/server/api/http';
import { apiProductionFile } from '@/lib/server/api/production';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// GET /api/v1/orders/{number}/files/{name} (production:read)
export const GET = apiRoute<{ number: string; name: string }>('getProductionFile', async ({ params }) =>
  apiProductionFile(params.number, params.name),
);
