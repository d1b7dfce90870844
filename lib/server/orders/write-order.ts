import 'server-only';
import type { Address } from '../../checkout/schema';
import type { Quote } from '../../pricing/quote';
import { providerOf, type Db } from '../db/client';
import type { PaymentResult } from '../payments/provider';
import { emitEvent } from '../webhooks/emit';
import { insertEvent, insertLine, insertMessage, insertOrder, takeCartItems, timestamp } from './order-sql';

// The one transaction that makes an order: the order row (which claims the idempotency key),
// its first status event, each line with frozen design and quote snapshots and the template
// version id, the confirmation message in the outbox, the order.created webhook deliveries, and
// the ordered items leaving the cart.
// Any failure rolls all of it back.

export type OrderDraft = {
  id: string;
  number: string;
  viewToken: string;
  idempotencyKey: string;
  requestHash: string;
  /** The cart the lines come from (they leave it), or null for an order placed through the API. */
  cartId: string | null;
  /** Who placed it, on its first status event ("shopper:<email>", "api:<key name>"). */
  actor?: string;
  email: string;
  address: Address;
  shippingMethod: string;
  shippingMinor: number;
  subtotalMinor: number;
  totalMinor: number;
  currency: string;
  paymentProvider: string;
  payment: PaymentResult;
  lines: Array<{
    designId: string;
    templateVersionId: string;
    quantity: number;
    design: unknown;
    quote: Quote;
  }>;
  message: { subject: string; text: string; html: string };
};

/** Thrown inside the transaction when the cart no longer holds what is being ordered. */
export class CartChangedError extends Error {
  constructor() {
    super('The cart changed while the order was being placed');
  }
}

/** Test seam: runs after each line is written, inside the transaction. */
export type WriteHooks = { afterLine?: (position: number) => void | Promise<void> };

/** Writes an order and everything that belongs to it in one transaction. */
export async function writeOrder(conn: Db, o: OrderDraft, hooks: WriteHooks = {}): Promise<void> {
  const provider = providerOf(conn);
  const now = new Date();
  const at = timestamp(provider, now);
  await conn.$transaction(
    async (tx) => {
      // First statement: a concurrent attempt with the same key waits here (PostgreSQL's unique
      // index) or is serialised before it (SQLite), then fails with a unique violation.
      await insertOrder(
        tx,
        {
          id: o.id,
          number: o.number,
          email: o.email,
          address: JSON.stringify(o.address),
          shippingMethod: o.shippingMethod,
          shippingMinor: o.shippingMinor,
          subtotalMinor: o.subtotalMinor,
          totalMinor: o.totalMinor,
          currency: o.currency,
          paymentProvider: o.paymentProvider,
          paymentReference: o.payment.reference,
          paymentStatus: o.payment.status,
          paymentNote: o.payment.note,
          viewToken: o.viewToken,
          idempotencyKey: o.idempotencyKey,
          requestHash: o.requestHash,
          cartId: o.cartId,
        },
        at,
      );
      for (const [position, line] of o.lines.entries()) {
        await insertLine(tx, {
          orderId: o.id,
          position,
          designId: line.designId,
          templateVersionId: line.templateVersionId,
          quantity: line.quantity,
          designSnapshot: JSON.stringify(line.design),
          quoteSnapshot: JSON.stringify(line.quote),
          totalMinor: line.quote.totalMinor,
        });
        await hooks.afterLine?.(position);
      }
      await insertEvent(tx, o.id, 'placed', o.actor ?? `shopper:${o.email}`, at);
      await insertMessage(tx, o.id, { to: o.email, ...o.message }, at);
      await emitEvent(tx, provider, 'order.created', orderCreatedData(o), now);
      // Taking the items out of the cart also guards against two different checkouts of one
      // cart: the second finds them gone and rolls back.
      if (o.cartId !== null && (await takeCartItems(tx, o.cartId, o.lines)) !== o.lines.length)
        throw new CartChangedError();
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}

/** What the order.created webhook tells (GET /api/v1/orders/<number> has the rest). */
function orderCreatedData(o: OrderDraft): Record<string, unknown> {
  return {
    number: o.number,
    status: 'placed',
    email: o.email,
    totalMinor: o.totalMinor,
    currency: o.currency,
    source: o.cartId === null ? 'api' : 'shop',
    lines: o.lines.map((l) => ({
      designId: l.designId,
      templateVersionId: l.templateVersionId,
      quantity: l.quantity,
      totalMinor: l.quote.totalMinor,
    })),
  };
}
