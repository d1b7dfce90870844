// Payloads of the maker's area and the studio's order page: moving an order along, and the
// query string of the maker's queue.
import { z } from 'zod';
import { plainText } from '../plain-text';
import { parseOrdersQuery, type FilterErrors, type OrdersQuery } from './orders-filter';
import type { OrderStatus } from './status';

const orderNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^OK-[A-Z2-9]{4}-[A-Z2-9]{4}$/, { error: 'Unknown order number.' });

export const startProductionSchema = z.object({ number: orderNumber });

export const markShippedSchema = z.object({
  number: orderNumber,
  trackingReference: z
    .string()
    .trim()
    .min(4, { error: "Enter the carrier's tracking reference." })
    .max(64, { error: 'A tracking reference is at most 64 characters.' })
    .regex(/^[A-Za-z0-9 ./:-]+$/, {
      error: 'Use the letters, digits and dashes of the tracking reference only.',
    }),
});

export const CANCEL_REASON_MAX = 300;

/** Cancelling (studio admins): the reason is kept on the order and its history, and shown to makers. */
export const cancelOrderSchema = z.object({
  number: orderNumber,
  reason: plainText('Write the reason on one line, without control characters.').pipe(
    z
      .string()
      .min(3, { error: 'Say why the order is cancelled.' })
      .max(CANCEL_REASON_MAX, { error: `Keep the reason under ${CANCEL_REASON_MAX} characters.` }),
  ),
});

/** The queue's status tabs; "all" shows every order. */
export const QUEUE_FILTERS = ['placed', 'in_production', 'shipped', 'cancelled', 'all'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export type QueueQuery = OrdersQuery & { tab: QueueFilter; errors: FilterErrors };

/**
 * The maker's queue reads the orders query string's search, status, order and page: waiting
 * orders (placed) oldest first unless it says otherwise, `status=all` for every status.
 */
export function parseQueueQuery(params: Record<string, string | string[] | undefined>): QueueQuery {
  const all = [params.status].flat()[0] === 'all';
  const { filter, errors, ...rest } = parseOrdersQuery(params, all ? ['q'] : ['q', 'status']);
  const status: OrderStatus | undefined = all
    ? undefined
    : errors.status
      ? 'placed'
      : (filter.status ?? 'placed');
  return {
    ...rest,
    filter: { ...filter, ...(status ? { status } : {}) },
    sort: rest.sort ?? 'oldest',
    tab: status ?? 'all',
    errors,
  };
}
