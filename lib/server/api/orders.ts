import 'server-only';
import type { z } from 'zod';
import type { ChangeStatusBody, CreateOrderBody, orderList, orderView } from '../../api/schemas';
import { decodeCursor, encodeCursor } from '../../orders/orders-filter';
import type { OrderStatus } from '../../orders/status';
import { db, type Db } from '../db/client';
import { getOrderForMaker, type OrderView } from '../orders/get-order';
import { listOrders } from '../orders/order-list';
import { placeApiOrder, type PlaceOrderError } from '../orders/place-order';
import { transitionOrder } from '../orders/transition-order';
import type { ApiCaller } from './keys';
import { fail } from './http';

// Orders through the public API: placed by the shop's own checkout code (server prices, one
// transaction, idempotency), read, listed a keyset page at a time, and moved through the same
// status rules as the maker's and the studio's buttons.

const STATUS: Record<PlaceOrderError, number> = {
  invalid: 422,
  empty: 422,
  unavailable: 422,
  'price-changed': 422,
  'key-reused': 409,
  'cart-changed': 409,
};

/** The documented shape of an order. */
export function orderDto(order: OrderView): z.infer<typeof orderView> {
  return {
    number: order.number,
    status: order.status,
    createdAt: order.createdAt,
    email: order.email,
    address: order.address,
    shippingMethod: order.shippingMethod,
    shippingMinor: order.shippingMinor,
    subtotalMinor: order.subtotalMinor,
    totalMinor: order.totalMinor,
    currency: order.currency,
    payment: { provider: order.payment.provider, status: order.payment.status, note: order.payment.note },
    trackingReference: order.trackingReference,
    cancelReason: order.cancelReason,
    url: `/orders/${order.number}?t=${order.viewToken}`,
    lines: order.lines.map((l) => ({
      position: l.position,
      product: l.version.slug,
      templateVersionId: l.version.versionId,
      version: l.version.version,
      quantity: l.quantity,
      quote: l.quote,
    })),
    events: order.events.map((e) => ({ from: e.from, to: e.to, at: e.at })),
  };
}

async function loaded(number: string, conn: Db): Promise<OrderView> {
  const order = await getOrderForMaker(number, conn);
  if (!order) fail(404, 'No such order.', 'not-found');
  return order;
}

/** Places an order; `replayed` when the key already made it (then the answer is 200, not 201). */
export async function apiCreateOrder(
  body: CreateOrderBody,
  idempotencyKey: string,
  caller: ApiCaller,
  conn?: Db,
): Promise<{ order: z.infer<typeof orderView>; replayed: boolean }> {
  const result = await placeApiOrder(body, idempotencyKey, caller, conn ? { conn } : {});
  if (!result.ok) fail(STATUS[result.code], result.error, result.code, result.fieldErrors);
  return { order: orderDto(await loaded(result.number, conn ?? db())), replayed: result.replayed };
}

/** One order. */
export async function apiOrder(number: string, conn: Db = db()): Promise<z.infer<typeof orderView>> {
  return orderDto(await loaded(number, conn));
}

/** A page of orders, newest first, after a cursor. */
export async function apiOrders(
  query: { status?: OrderStatus; limit: number; cursor?: string },
  conn: Db = db(),
): Promise<z.infer<typeof orderList>> {
  const after = decodeCursor(query.cursor);
  const page = await listOrders(
    query.status ? { status: query.status } : {},
    { sort: 'newest', limit: query.limit, ...(after ? { after } : {}) },
    conn,
  );
  return {
    data: page.rows.map((r) => ({
      number: r.number,
      status: r.status,
      createdAt: r.createdAt,
      email: r.email,
      items: r.items,
      products: r.products,
      totalMinor: r.totalMinor,
      currency: r.currency,
    })),
    nextCursor: page.next ? encodeCursor(page.next) : null,
  };
}

/** Moves an order; 409 with the shop's words when the rules do not allow it. */
export async function apiChangeStatus(
  number: string,
  body: ChangeStatusBody,
  caller: ApiCaller,
  conn: Db = db(),
): Promise<z.infer<typeof orderView>> {
  await loaded(number, conn);
  const details =
    body.status === 'shipped'
      ? { trackingReference: body.trackingReference }
      : body.status === 'cancelled'
        ? { reason: body.reason }
        : {};
  const result = await transitionOrder(number, body.status, `api:${caller.name}`, conn, details);
  if (!result.ok) fail(409, result.error, 'transition-refused');
  return orderDto(await loaded(number, conn));
}
