import { cartIdFromCookie } from '@/lib/server/cart-cookie';
import { handleJson, json, readJson } from '@/lib/server/http/json';
import { allowOrderAttempt, RATE_LIMITED } from '@/lib/server/orders/order-rate-limit';
import { placeOrder, type PlaceOrderError } from '@/lib/server/orders/place-order';

// POST /api/orders with an Idempotency-Key header and the checkout as JSON (the cart comes
// from the cart cookie). 201 a new order | 200 the same order again for a retried key |
// 409 key reused with another request, or the cart changed | 422 invalid, unavailable or
// price changed | 413 body too large | 429 too many attempts.
export const runtime = 'nodejs';

const STATUS: Record<PlaceOrderError, number> = { invalid: 422, empty: 422, unavailable: 422, 'price-changed': 422, 'key-reused': 409, 'cart-changed': 409 };

export function POST(request: Request) {
  return handleJson(async () => {
    if (!(await allowOrderAttempt())) return json(429, { error: RATE_LIMITED }, { headers: { 'retry-after': '60' } });
    const body = await readJson(request);
    const idempotencyKey = request.headers.get('idempotency-key');
    const input = body && typeof body === 'object' ? { ...body, idempotencyKey } : body;
    const result = await placeOrder(input, { cartId: await cartIdFromCookie() });
    if (!result.ok) return json(STATUS[result.code], { code: result.code, error: result.error, fieldErrors: result.fieldErrors });
    return json(result.replayed ? 200 : 201, { number: result.number, url: `/orders/${result.number}?t=${result.viewToken}`, replayed: result.replayed });
  });
}
