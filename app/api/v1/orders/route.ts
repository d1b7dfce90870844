import type { CreateOrderBody } from '@/lib/api/schemas';
import { idempotencyKeyHeader } from '@/lib/api/schemas';
import type { OrderStatus } from '@/lib/orders/status';
import { apiJson, apiRoute, fail } from '@/lib/server/api/http';
import { apiCreateOrder, apiOrders } from '@/lib/server/api/orders';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// POST /api/v1/orders with Idempotency-Key (orders:write): 201 new, 200 the same order again.
export const POST = apiRoute<Record<string, string>, undefined, CreateOrderBody>(
  'createOrder',
  async ({ request, body, caller }) => {
    const header = request.headers.get('idempotency-key');
    if (header === null)
      fail(
        428,
        'Send an Idempotency-Key header: a unique value per order you place.',
        'idempotency-key-missing',
      );
    const key = idempotencyKeyHeader.safeParse(header);
    if (!key.success)
      fail(422, key.error.issues[0]?.message ?? 'Check the Idempotency-Key header.', 'validation');
    const { order, replayed } = await apiCreateOrder(body, key.data, caller);
    return apiJson(replayed ? 200 : 201, order, {
      location: `/api/v1/orders/${order.number}`,
      ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
    });
  },
);

// GET /api/v1/orders?status=&limit=&cursor= (orders:read)
export const GET = apiRoute<Record<string, string>, { status?: OrderStatus; limit: number; cursor?: string }>(
  'listOrders',
  async ({ query }) => apiJson(200, await apiOrders(query)),
);
