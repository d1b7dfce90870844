// The maker's queue on both databases, with more waiting orders than one page (or the old
// limit of 200) holds: paging, counts, order, search, and cancelled orders.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shippingPriceMinor } from '../../checkout/shipping';
import { newDesign, newTextLayer } from '../../design/defaults';
import type { OrderCursor, OrdersQuery } from '../../orders/orders-filter';
import { addCartItem, createCart, getCart } from '../cart';
import type { Db } from '../db/client';
import { createDesign } from '../designs';
import { getOrderForMaker } from '../orders/get-order';
import { newOrderNumber } from '../orders/order-number';
import { placeOrder } from '../orders/place-order';
import { transitionOrder } from '../orders/transition-order';
import { seededTestDatabase, testDatabases } from '../testing/databases';
import { getProduct } from '../templates';
import { makerQueue, type MakerQueue } from './maker-orders';

const kinds = await testDatabases();
const address = {
  name: 'Ada Lovelace',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};
const WAITING = 230;

/** Places one real order (a mug with a name on it) and returns its number. */
async function placeOne(conn: Db, email: string): Promise<string> {
  const product = (await getProduct('ceramic-mug-11oz', conn))!;
  const zone = product.template.zones[0]!;
  const designId = await createDesign(
    product.versionId,
    { ...newDesign(product.template), zones: { [zone.id]: { layers: [newTextLayer(zone, 'l1', 'Tea')] } } },
    conn,
  );
  const cartId = await createCart(conn);
  await addCartItem(cartId, designId, 1, conn);
  const cart = await getCart(cartId, conn);
  const request = {
    idempotencyKey: randomUUID(),
    email,
    address,
    shippingMethod: 'standard',
    lines: [{ designId, quantity: 1 }],
    expectedTotalMinor: cart.subtotalMinor + shippingPriceMinor('standard', cart.currency!)!,
  };
  const placed = await placeOrder(request, { cartId, conn, afterCommit: () => undefined });
  if (!placed.ok) throw new Error(placed.error);
  return placed.number;
}

/** Copies an order `count` times, placed a minute apart from `start` (three at a time share a minute, so ties are broken by id). */
async function copies(conn: Db, number: string, count: number, start: Date, email: (i: number) => string) {
  const source = await conn.order.findUniqueOrThrow({ where: { number }, include: { lines: true } });
  const { id: _id, lines, ...order } = source;
  const made: Array<{ id: string; number: string; createdAt: Date }> = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const createdAt = new Date(start.getTime() + Math.floor(i / 3) * 60_000);
    made.push({ id, number: newOrderNumber(), createdAt });
    await conn.order.create({
      data: {
        ...order,
        id,
        number: made[i]!.number,
        email: email(i),
        viewToken: randomUUID(),
        idempotencyKey: randomUUID(),
        createdAt,
        lines: { create: lines.map(({ id: _l, orderId: _o, ...line }) => ({ ...line, id: randomUUID() })) },
      },
    });
  }
  return made;
}

/** Every page of a query, following "next" links; the numbers in the order seen, and the pages. */
async function walk(conn: Db, query: OrdersQuery, limit: number) {
  const pages: MakerQueue[] = [];
  let after: OrderCursor | undefined;
  do {
    const page = await makerQueue({ ...query, ...(after ? { after } : {}) }, conn, limit);
    pages.push(page);
    after = page.next;
  } while (after && pages.length < 100);
  return { numbers: pages.flatMap((p) => p.rows.map((r) => r.number)), pages };
}

describe.each(kinds)("the maker's queue on $name", (kind) => {
  const t = seededTestDatabase(kind);
  let orders: Array<{ id: string; number: string; createdAt: Date }> = [];
  const byKey = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
    a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const load = async () => {
    if (orders.length) return;
    const first = await placeOne(t.db, 'first@example.com');
    const row = await t.db.order.findUniqueOrThrow({ where: { number: first } });
    await t.db.order.update({
      where: { number: first },
      data: { createdAt: new Date('2026-09-01T08:00:00Z') },
    });
    const copied = await copies(
      t.db,
      first,
      WAITING - 1,
      new Date('2026-10-01T00:00:00Z'),
      (i) => `shopper-${i}@example.com`,
    );
    orders = [{ id: row.id, number: first, createdAt: new Date('2026-09-01T08:00:00Z') }, ...copied].sort(
      byKey,
    );
  };

  it.skipIf(!kind.available)(
    'shows every waiting order, oldest first, a page at a time, each exactly once',
    async () => {
      await load();
      const { numbers, pages } = await walk(t.db, { filter: { status: 'placed' }, sort: 'oldest' }, 50);
      expect(pages).toHaveLength(5);
      expect(numbers).toEqual(orders.map((o) => o.number));
      expect(pages.map((p) => [p.offset, p.rows.length, p.count])).toEqual([
        [0, 50, WAITING],
        [50, 50, WAITING],
        [100, 50, WAITING],
        [150, 50, WAITING],
        [200, 30, WAITING],
      ]);
      expect(pages[0]!.previous).toBeUndefined();
      expect(pages[0]!.counts).toEqual({
        placed: WAITING,
        in_production: 0,
        shipped: 0,
        cancelled: 0,
        all: WAITING,
      });
    },
  );

  it.skipIf(!kind.available)(
    'shows the newest first when asked, and walks back with "previous" to the first page',
    async () => {
      await load();
      const newest = await makerQueue({ filter: { status: 'placed' }, sort: 'newest' }, t.db, 50);
      expect(newest.rows.map((r) => r.number)).toEqual(
        orders
          .slice(-50)
          .reverse()
          .map((o) => o.number),
      );
      const { pages } = await walk(t.db, { filter: { status: 'placed' }, sort: 'newest' }, 50);
      let page = pages.at(-1)!;
      const seen = [page.rows.map((r) => r.number)];
      while (page.previous) {
        page = await makerQueue(
          { filter: { status: 'placed' }, sort: 'newest', before: page.previous },
          t.db,
          50,
        );
        seen.unshift(page.rows.map((r) => r.number));
      }
      expect(seen.flat()).toEqual(orders.map((o) => o.number).reverse());
      expect(page.offset).toBe(0);
    },
  );

  it.skipIf(!kind.available)(
    'keeps paging exact while new orders arrive and others leave the tab',
    async () => {
      await load();
      const query = { filter: { status: 'placed' as const }, sort: 'oldest' as const };
      const first = await makerQueue(query, t.db, 50);
      // Meanwhile: a shopper orders, and a maker starts one order of the first page.
      const arrived = await placeOne(t.db, 'late@example.com');
      expect(
        await transitionOrder(first.rows[3]!.number, 'in_production', 'maker@example.com', t.db),
      ).toEqual({ ok: true });
      const rest = await walk(t.db, { ...query, after: first.next! }, 50);
      const all = [...first.rows.map((r) => r.number), ...rest.numbers];
      expect(new Set(all).size).toBe(all.length);
      expect(all).toEqual([...orders.map((o) => o.number), arrived]);
      expect(rest.pages[0]).toMatchObject({ count: WAITING, offset: 49 });
      // The newest order is at the top of "newest first".
      expect((await makerQueue({ ...query, sort: 'newest' }, t.db, 50)).rows[0]!.number).toBe(arrived);
      orders.push({ id: '', number: arrived, createdAt: new Date() });
      expect(
        await transitionOrder(first.rows[3]!.number, 'shipped', 'maker@example.com', t.db, {
          trackingReference: 'JJD0001',
        }),
      ).toEqual({ ok: true });
      const shipped = await makerQueue({ filter: { status: 'shipped' } }, t.db, 50);
      expect(shipped.rows.map((r) => [r.number, r.trackingReference])).toEqual([
        [first.rows[3]!.number, 'JJD0001'],
      ]);
    },
  );

  it.skipIf(!kind.available)(
    'searches by order number or e-mail in any case and counts each status tab for the search',
    async () => {
      await load();
      const one = await makerQueue({ filter: { status: 'placed', q: 'SHOPPER-17@' } }, t.db, 50);
      expect(one.rows.map((r) => r.email)).toEqual(['shopper-17@example.com']);
      expect(one.count).toBe(1);
      const target = orders[100]!.number;
      expect(
        (await makerQueue({ filter: { q: target.toLowerCase().slice(3) } }, t.db, 50)).rows.map(
          (r) => r.number,
        ),
      ).toEqual([target]);
      // shopper-1@, shopper-10@ … shopper-19@, shopper-100@ … shopper-199@: 1 + 10 + 100
      const many = await makerQueue({ filter: { status: 'placed', q: 'shopper-1' } }, t.db, 50);
      expect(many.counts.all).toBe(111);
      expect(many.counts.placed + many.counts.shipped).toBe(111);
      expect((await makerQueue({ filter: { q: '%' } }, t.db, 50)).counts.all).toBe(0);
    },
  );

  it.skipIf(!kind.available)('cancels with a reason, which the queue and the order show', async () => {
    await load();
    const number = orders[0]!.number;
    expect(await transitionOrder(number, 'cancelled', 'admin@example.com', t.db)).toEqual({
      ok: false,
      error: 'Say why the order is cancelled.',
    });
    expect(
      await transitionOrder(number, 'cancelled', 'admin@example.com', t.db, {
        reason: 'Customer asked to cancel',
      }),
    ).toEqual({ ok: true });
    expect(await transitionOrder(number, 'in_production', 'maker@example.com', t.db)).toEqual({
      ok: false,
      error: 'An order that is cancelled cannot become in production.',
    });
    const cancelled = await makerQueue({ filter: { status: 'cancelled' } }, t.db, 50);
    expect(cancelled.rows.map((r) => [r.number, r.status, r.cancelReason])).toEqual([
      [number, 'cancelled', 'Customer asked to cancel'],
    ]);
    expect(cancelled.counts).toMatchObject({
      placed: WAITING - 1,
      in_production: 0,
      shipped: 1,
      cancelled: 1,
      all: WAITING + 1,
    });
    const order = (await getOrderForMaker(number, t.db))!;
    expect(order).toMatchObject({ status: 'cancelled', cancelReason: 'Customer asked to cancel' });
    expect(order.events.at(-1)).toMatchObject({
      from: 'placed',
      to: 'cancelled',
      actor: 'admin@example.com',
      note: 'Customer asked to cancel',
    });
  });
});
