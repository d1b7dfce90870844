import { apiQuote } from '@/lib/server/api/designs';
import { apiJson, apiRoute } from '@/lib/server/api/http';

export const dynamic = 'force-dynamic';

// GET /api/v1/designs/{id}/quote?quantity=N (catalogue:read)
export const GET = apiRoute<{ id: string }, { quantity: number }>('quoteDesign', async ({ params, query }) =>
  apiJson(200, await apiQuote(params.id, query.quantity)),
);
