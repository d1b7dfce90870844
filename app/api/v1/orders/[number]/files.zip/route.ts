import { apiRoute } from '@/lib/server/api/http';
import { apiProductionZip } from '@/lib/server/api/production';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// GET /api/v1/orders/{number}/files.zip (production:read)
export const GET = apiRoute<{ number: string }>('getProductionZip', async ({ params }) =>
  apiProductionZip(params.number),
);
