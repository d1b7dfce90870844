import type { ChangeStatusBody } from '@/lib/api/schemas';
import { apiJson, apiRoute } from '@/lib/server/api/http';
import { apiChangeStatus } from '@/lib/server/api/orders';

export const runtime = 'nodejs';

// POST /api/v1/orders/{number}/status (orders:write)
export const POST = apiRoute<{ number: string }, undefined, ChangeStatusBody>(
  'changeOrderStatus',
  async ({ params, body, caller }) => apiJson(200, await apiChangeStatus(params.number, body, caller)),
);
