'use server';
import { z } from 'zod';
import { findOrderSchema } from '../../orders/lookup-schema';
import { attemptLimiter, TOO_MANY_ATTEMPTS } from '../auth/attempt-limits';
import { clientKey } from '../http/client-address';
import { lookUpOrder } from '../orders/get-order';
import { logger } from '../ops/logger';

export type FindOrderResult =
  { ok: true; url: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Finds an order by number and e-mail and returns the link to it. Public endpoint: throttled
 * per client address and per order number before anything is looked up; a match gives its
 * tries back, so only wrong guesses use the allowance up.
 */
export async function findOrder(input: unknown): Promise<FindOrderResult> {
  const parsed = findOrderSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      error: 'Check the fields marked below.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  const { number, email } = parsed.data;
  const [client, now] = [await clientKey(), Date.now()];
  if (
    !(await attemptLimiter('orderLookupPerAddress').take(client, now)) ||
    !(await attemptLimiter('orderLookupPerOrder').take(number, now))
  )
    return { ok: false, error: TOO_MANY_ATTEMPTS };
  try {
    const token = await lookUpOrder(number, email);
    // One answer for "no such number" and "wrong e-mail": the form reveals nothing about other orders.
    if (!token) return { ok: false, error: 'We found no order with that number and e-mail address.' };
    await attemptLimiter('orderLookupPerAddress').refund(client);
    await attemptLimiter('orderLookupPerOrder').refund(number);
    return { ok: true, url: `/orders/${number}?t=${token}` };
  } catch (error) {
    logger().error({ err: error }, 'findOrder failed');
    return { ok: false, error: 'Something went wrong while looking up your order. Please try again.' };
  }
}
