'use server';
import { cartIdFromCookie } from '../cart-cookie';
import { allowOrderAttempt, RATE_LIMITED } from '../orders/order-rate-limit';
import { placeOrder as place, type PlaceOrderResult } from '../orders/place-order';
import { logger } from '../ops/logger';

export type PlaceOrderActionResult =
  PlaceOrderResult | { ok: false; code: 'rate-limited' | 'failed'; error: string; fieldErrors?: undefined };

/** Places the shopper's order from their cart. Public endpoint: every field is re-checked on the server. */
export async function placeOrder(input: unknown): Promise<PlaceOrderActionResult> {
  try {
    if (!(await allowOrderAttempt())) return { ok: false, code: 'rate-limited', error: RATE_LIMITED };
    return await place(input, { cartId: await cartIdFromCookie() });
  } catch (error) {
    logger().error({ err: error }, 'placeOrder failed');
    return {
      ok: false,
      code: 'failed',
      error: 'Something went wrong and no order was placed. Please try again.',
    };
  }
}
