import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../canonical-json';
import { fieldErrorsOf, placeOrderSchema, type PlaceOrderInput } from '../../checkout/schema';
import { SHIPPING_METHODS, shippingPriceMinor } from '../../checkout/shipping';
import { formatMoney } from '../../money';
import { confirmationMessage } from '../../orders/confirmation-message';
import { db, type Db } from '../db/client';
import { readEnv } from '../env';
import { shortId } from '../ids';
import { ordersPlaced } from '../ops/metrics';
import type { PaymentProvider } from '../payments/provider';
import { paymentProvider } from '../payments/registry';
import { afterOrderPlaced } from '../jobs/enqueue';
import { scheduleOutboxDelivery } from '../outbox';
import { newOrderNumber } from './order-number';
import { cartItemRows, orderByKey } from './order-sql';
import { priceItems, type PricedItem } from './price-items';
import { CartChangedError, writeOrder, type WriteHooks } from './write-order';

export type PlaceOrderError =
  'invalid' | 'empty' | 'key-reused' | 'cart-changed' | 'unavailable' | 'price-changed';

export type PlaceOrderResult =
  | { ok: true; number: string; viewToken: string; replayed: boolean }
  | { ok: false; code: PlaceOrderError; error: string; fieldErrors?: Record<string, string[]> };

export type PlaceOrderContext = {
  cartId: string | null;
  conn?: Db;
  hooks?: WriteHooks;
  /**
   * Runs after an order commits. By default it queues the order's render and its confirmation's
   * delivery (lib/server/jobs); with a connection of the caller's own (tests, benches), it sends
   * the outbox from this process as before, since the shop's queue is on another database.
   */
  afterCommit?: (conn: Db, order: { id: string; number: string }) => void;
  /** How the order is paid; the shop's default provider unless given. */
  payment?: PaymentProvider;
};

const fail = (
  code: PlaceOrderError,
  error: string,
  fieldErrors?: Record<string, string[]>,
): PlaceOrderResult => ({ ok: false, code, error, fieldErrors });

/** The request a key stands for: everything the shopper submitted except the key itself. */
function requestHash({ idempotencyKey: _key, ...request }: PlaceOrderInput, cartId: string | null): string {
  return createHash('sha256')
    .update(canonicalJson({ ...request, cartId }))
    .digest('hex');
}

/**
 * What an earlier attempt with this key produced, if any. Read in a transaction so that on
 * SQLite (one connection shared by the process) it never sees another attempt's uncommitted order.
 */
async function earlierAttempt(conn: Db, key: string, hash: string): Promise<PlaceOrderResult | null> {
  const order = await conn.$transaction((tx) => orderByKey(tx, key));
  if (!order) return null;
  if (order.requestHash !== hash)
    return fail(
      'key-reused',
      'This checkout was already used for a different order. Reload the page to start a new checkout.',
    );
  return { ok: true, number: order.number, viewToken: order.viewToken, replayed: true };
}

function sameLines(
  a: Array<{ designId: string; quantity: number }>,
  b: Array<{ designId: string; quantity: number }>,
): boolean {
  const key = (lines: typeof a) =>
    lines
      .map((l) => `${l.designId}×${l.quantity}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}

/**
 * Places an order from the shopper's cart. Re-loads every design with its template version,
 * re-validates and re-quotes it on the server, refuses when the total the shopper saw differs,
 * and writes everything in one transaction. One idempotency key makes at most one order: a
 * retry gets the same order back, a concurrent duplicate waits for the first, and the same key
 * with a different request is refused.
 */
export async function placeOrder(input: unknown, context: PlaceOrderContext): Promise<PlaceOrderResult> {
  const parsed = placeOrderSchema.safeParse(input);
  if (!parsed.success) return fail('invalid', 'Check the fields marked below.', fieldErrorsOf(parsed.error));
  const request = parsed.data;
  return place(request, requestHash(request, context.cartId), { ...context, fromCart: true });
}

/** An order as the public API takes it: the checkout fields and the lines, no cart. */
export type ApiOrderRequest = Omit<PlaceOrderInput, 'idempotencyKey' | 'expectedTotalMinor'> & {
  expectedTotalMinor?: number;
};

/**
 * Places an order through the public API: the lines come from the request (no cart), every
 * price is the server's own, and the caller's Idempotency-Key is namespaced by the API key, so
 * two keys (two stores) can never collide or read each other's orders. The same shop code as
 * checkout does the rest, with the same messages.
 */
export async function placeApiOrder(
  request: ApiOrderRequest,
  idempotencyKey: string,
  apiKey: { id: string; name: string },
  context: Omit<PlaceOrderContext, 'cartId'> = {},
): Promise<PlaceOrderResult> {
  const key = `api_${createHash('sha256').update(`${apiKey.id}:${idempotencyKey}`).digest('base64url')}`;
  const hash = createHash('sha256')
    .update(canonicalJson({ ...request, source: 'api', apiKeyId: apiKey.id }))
    .digest('hex');
  return place({ ...request, idempotencyKey: key }, hash, {
    ...context,
    cartId: null,
    fromCart: false,
    actor: `api:${apiKey.name}`,
  });
}

type OrderRequest = Omit<PlaceOrderInput, 'expectedTotalMinor'> & { expectedTotalMinor?: number };

async function place(
  request: OrderRequest,
  hash: string,
  context: PlaceOrderContext & { fromCart: boolean; actor?: string },
): Promise<PlaceOrderResult> {
  const {
    cartId,
    conn = db(),
    hooks,
    afterCommit = context.conn ? (c: Db) => scheduleOutboxDelivery(c) : afterOrderPlaced,
    payment: provider = paymentProvider(),
  } = context;
  const earlier = await earlierAttempt(conn, request.idempotencyKey, hash);
  if (earlier) return earlier;

  const refused = await refusal(request, context.fromCart ? cartId : null, conn, context.fromCart);
  if (refused.result) {
    // A duplicate of an attempt that committed meanwhile finds the cart already emptied:
    // it gets that order back rather than an error.
    return (await earlierAttempt(conn, request.idempotencyKey, hash)) ?? refused.result;
  }
  const { items, currency, shippingMinor, subtotalMinor } = refused;
  const totalMinor = subtotalMinor + shippingMinor;

  const env = readEnv();
  for (let attempt = 0; ; attempt++) {
    const number = newOrderNumber();
    const viewToken = shortId(24);
    const payment = await provider.authorize({
      orderNumber: number,
      amountMinor: totalMinor,
      currency,
      email: request.email,
    });
    const message = confirmationMessage({
      number,
      email: request.email,
      name: request.address.name,
      currency,
      lines: items.map((i) => ({
        title: i.version!.template.name,
        quantity: i.quantity,
        totalMinor: i.quote!.totalMinor,
      })),
      shippingLabel: SHIPPING_METHODS.find((m) => m.id === request.shippingMethod)!.label,
      shippingMinor,
      totalMinor,
      paymentNote: payment.note,
      url: `${env.publicUrl}/orders/${number}?t=${viewToken}`,
    });
    const id = randomUUID();
    try {
      await writeOrder(
        conn,
        {
          id,
          number,
          viewToken,
          idempotencyKey: request.idempotencyKey,
          requestHash: hash,
          cartId: context.fromCart ? cartId : null,
          actor: context.actor,
          email: request.email,
          address: request.address,
          shippingMethod: request.shippingMethod,
          shippingMinor,
          subtotalMinor,
          totalMinor,
          currency,
          paymentProvider: provider.id,
          payment,
          lines: items.map((i) => ({
            designId: i.designId,
            templateVersionId: i.version!.versionId,
            quantity: i.quantity,
            design: i.design,
            quote: i.quote!,
          })),
          message,
        },
        hooks,
      );
      afterCommit(conn, { id, number });
      ordersPlaced().inc();
      return { ok: true, number, viewToken, replayed: false };
    } catch (error) {
      await provider.voidPayment(payment.reference);
      // Lost a race: another attempt with this key committed first (its order is the answer),
      // or took the cart's items.
      const other = await earlierAttempt(conn, request.idempotencyKey, hash);
      if (other) return other;
      if (error instanceof CartChangedError)
        return fail(
          'cart-changed',
          'Your cart changed while the order was being placed. Review it and try again.',
        );
      // A clash of random order numbers is astronomically rare; draw again.
      if (isUniqueViolation(error) && attempt < 2) continue;
      throw error;
    }
  }
}

/** A unique constraint failed: P2002 from model queries, or a raw statement's driver error. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  } | null;
  return (
    e?.code === 'P2002' ||
    (e?.code === 'P2010' && e.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation')
  );
}

type Checked =
  | { result: PlaceOrderResult }
  | { result: null; items: PricedItem[]; currency: string; shippingMinor: number; subtotalMinor: number };

/** Everything that can refuse an order before anything is written. */
async function refusal(
  request: OrderRequest,
  cartId: string | null,
  conn: Db,
  fromCart: boolean,
): Promise<Checked> {
  const stored = fromCart ? (cartId ? await cartItemRows(conn, cartId) : []) : request.lines;
  if (stored.length === 0) return { result: fail('empty', 'Your cart is empty.') };
  if (fromCart && !sameLines(stored, request.lines))
    return {
      result: fail(
        'cart-changed',
        'Your cart changed since you opened checkout. Review it and place the order again.',
      ),
    };

  const items = await priceItems(stored, conn);
  const problem = items.find((i) => i.problem);
  if (problem) return { result: fail('unavailable', problem.problem!) };
  const currencies = [...new Set(items.map((i) => i.quote!.currency))];
  if (currencies.length !== 1)
    return { result: fail('unavailable', 'Your cart mixes currencies. Order the items separately.') };
  const currency = currencies[0]!;

  const shippingMinor = shippingPriceMinor(request.shippingMethod, currency);
  if (shippingMinor === null)
    return {
      result: fail('invalid', 'Check the fields marked below.', {
        shippingMethod: ['This delivery is not offered for your order; choose another.'],
      }),
    };
  const subtotalMinor = items.reduce((sum, i) => sum + i.quote!.totalMinor, 0);
  const total = subtotalMinor + shippingMinor;
  if (request.expectedTotalMinor !== undefined && total !== request.expectedTotalMinor) {
    return {
      result: fail(
        'price-changed',
        `The price changed, please review: the total is now ${formatMoney(total, currency)}.`,
      ),
    };
  }
  return { result: null, items, currency, shippingMinor, subtotalMinor };
}
