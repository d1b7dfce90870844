import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newDesign, newTextLayer } from '../../design/defaults';
import { shippingPriceMinor } from '../../checkout/shipping';
import { addCartItem, createCart, getCart } from '../cart';
import { createDesign } from '../designs';
import { placeOrder } from '../orders/place-order';
import { seededTestDatabase, testDatabases, type TestDatabaseKind } from '../testing/databases';
import { getProduct } from '../templates';
import type { Db } from '../db/client';
import { CSV_COLUMNS, listStudioOrders, ordersCsv, productChoices } from './orders-report';

const kinds = await testDatabases();
const address = {
  name: 'Ada Lovelace',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

/** Places an order of the given products (with a text on the first zone), then dates it. */
async function order(
  conn: Db,
  email: string,
  placedAt: string,
  items: Array<{ slug: string; quantity: number; text?: string }>,
) {
  const cartId = await createCart(conn);
  for (const item of items) {
    const product = (await getProduct(item.slug, conn))!;
    const zone = product.template.zones[0]!;
    const design = {
      ...newDesign(product.template),
      zones: item.text ? { [zone.id]: { layers: [newTextLayer(zone, 'l1', item.text)] } } : {},
    };
    expect(
      await addCartItem(cartId, await createDesign(product.versionId, design, conn), item.quantity, conn),
    ).toMatchObject({ ok: true });
  }
  const cart = await getCart(cartId, conn);
  const lines = cart.items.map((i) => ({ designId: i.designId, quantity: i.quantity }));
  const request = {
    idempotencyKey: randomUUID(),
    email,
    address,
    shippingMethod: 'standard',
    lines,
    expectedTotalMinor: cart.subtotalMinor + shippingPriceMinor('standard', cart.currency!)!,
  };
  const result = await placeOrder(request, { cartId, conn, afterCommit: () => undefined });
  if (!result.ok) throw new Error(result.error);
  await conn.order.update({ where: { number: result.number }, data: { createdAt: new Date(placedAt) } });
  return conn.order.findUniqueOrThrow({ where: { number: result.number } });
}

function seedOrders(kind: TestDatabaseKind) {
  const t = seededTestDatabase(kind);
  const orders = {} as Record<'a' | 'b' | 'c' | 'd', Awaited<ReturnType<typeof order>>>;
  return {
    t,
    orders,
    load: async () => {
      if (orders.a) return;
      orders.a = await order(t.db, 'Ada@Example.com', '2026-11-01T10:00:00Z', [
        { slug: 'iphone-17-case', quantity: 2, text: 'Ada' },
      ]);
      orders.b = await order(t.db, 'bob@example.com', '2026-11-15T23:59:59Z', [
        { slug: 'iphone-17-case', quantity: 1, text: 'Bob, "the" builder' },
        { slug: 'five-pocket-jeans', quantity: 1 },
      ]);
      orders.c = await order(t.db, 'carol@example.com', '2026-12-01T00:00:00Z', [
        { slug: 'ceramic-mug-11oz', quantity: 3 },
      ]);
      orders.d = await order(t.db, 'dan@example.com', '2026-11-20T12:00:00Z', [
        { slug: 'five-pocket-jeans', quantity: 1 },
      ]);
      await t.db.order.update({ where: { id: orders.b.id }, data: { status: 'shipped' } });
      // As if a shopper had slipped a formula into a field that reaches the export.
      await t.db.order.update({
        where: { id: orders.d.id },
        data: { email: '=HYPERLINK("http://evil.example")@x.com' },
      });
    },
  };
}

describe.each(kinds)('the studio orders view on $name', (kind) => {
  const { t, orders, load } = seedOrders(kind);
  const numbers = (rows: Array<{ number: string }>) => rows.map((r) => r.number);

  it.skipIf(!kind.available)('lists every order newest first, with totals per currency', async () => {
    await load();
    const all = await listStudioOrders({ filter: {} }, t.db);
    expect(numbers(all.rows)).toEqual([orders.c.number, orders.d.number, orders.b.number, orders.a.number]);
    expect(all).toMatchObject({ count: 4, offset: 0 });
    expect(all.next).toBeUndefined();
    const eur = [orders.a, orders.b, orders.d];
    expect(all.totals).toEqual([
      {
        currency: 'EUR',
        orders: 3,
        subtotalMinor: eur.reduce((s, o) => s + o.subtotalMinor, 0),
        shippingMinor: 3 * 490,
        totalMinor: eur.reduce((s, o) => s + o.totalMinor, 0),
      },
      {
        currency: 'GBP',
        orders: 1,
        subtotalMinor: orders.c.subtotalMinor,
        shippingMinor: 395,
        totalMinor: orders.c.totalMinor,
      },
    ]);
    expect(all.rows.find((r) => r.number === orders.b.number)).toMatchObject({
      items: 2,
      status: 'shipped',
      products: ['iPhone 17 Slim Case', "Men's Five-Pocket Jeans"],
    });
  });

  it.skipIf(!kind.available)(
    'filters by status, placement day (UTC, both ends included) and product',
    async () => {
      await load();
      expect(numbers((await listStudioOrders({ filter: { status: 'shipped' } }, t.db)).rows)).toEqual([
        orders.b.number,
      ]);
      expect(
        numbers((await listStudioOrders({ filter: { from: '2026-11-01', to: '2026-11-15' } }, t.db)).rows),
      ).toEqual([orders.b.number, orders.a.number]);
      expect(numbers((await listStudioOrders({ filter: { from: '2026-11-16' } }, t.db)).rows)).toEqual([
        orders.c.number,
        orders.d.number,
      ]);
      expect(numbers((await listStudioOrders({ filter: { to: '2026-11-30' } }, t.db)).rows)).toEqual([
        orders.d.number,
        orders.b.number,
        orders.a.number,
      ]);
      const jeans = await listStudioOrders({ filter: { product: 'five-pocket-jeans' } }, t.db);
      expect(numbers(jeans.rows)).toEqual([orders.d.number, orders.b.number]);
      expect(jeans.totals).toEqual([
        {
          currency: 'EUR',
          orders: 2,
          subtotalMinor: orders.b.subtotalMinor + orders.d.subtotalMinor,
          shippingMinor: 980,
          totalMinor: orders.b.totalMinor + orders.d.totalMinor,
        },
      ]);
      const none = await listStudioOrders({ filter: { status: 'cancelled' } }, t.db);
      expect(none).toMatchObject({ rows: [], count: 0, totals: [], offset: 0 });
    },
  );

  it.skipIf(!kind.available)(
    'searches order numbers and e-mail addresses in any case, for what was typed: % and _ are no wildcards',
    async () => {
      await load();
      const found = async (q: string) => numbers((await listStudioOrders({ filter: { q } }, t.db)).rows);
      expect(await found('ada@example')).toEqual([orders.a.number]);
      expect(await found('ADA@EXAMPLE.COM')).toEqual([orders.a.number]);
      expect(await found(orders.c.number.slice(3).toLowerCase())).toEqual([orders.c.number]);
      await t.db.order.update({ where: { id: orders.c.id }, data: { email: 'carol_b@example.com' } });
      await t.db.order.update({ where: { id: orders.d.id }, data: { email: 'carolxb@example.com' } });
      try {
        expect(await found('carol_b')).toEqual([orders.c.number]);
        expect(await found('CAROL_B')).toEqual([orders.c.number]);
        expect(await found('_')).toEqual([orders.c.number]);
        expect(await found('%')).toEqual([]);
        expect(await found('carol%b')).toEqual([]);
        expect(await found('!')).toEqual([]);
        // Nor is a backslash an escape character.
        expect(await found('\\%')).toEqual([]);
        expect((await listStudioOrders({ filter: { q: '%' } }, t.db)).count).toBe(0);
        expect(await ordersCsv({ q: '%' }, t.db)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
      } finally {
        await t.db.order.update({ where: { id: orders.c.id }, data: { email: 'carol@example.com' } });
        await t.db.order.update({
          where: { id: orders.d.id },
          data: { email: '=HYPERLINK("http://evil.example")@x.com' },
        });
      }
    },
  );

  it.skipIf(!kind.available)(
    'pages with cursors, newest or oldest first, and counts what comes before a page',
    async () => {
      await load();
      const first = await listStudioOrders({ filter: {} }, t.db, 3);
      expect(first).toMatchObject({ count: 4, offset: 0 });
      expect(numbers(first.rows)).toEqual([orders.c.number, orders.d.number, orders.b.number]);
      expect(first.previous).toBeUndefined();
      const second = await listStudioOrders({ filter: {}, after: first.next! }, t.db, 3);
      expect(numbers(second.rows)).toEqual([orders.a.number]);
      expect(second).toMatchObject({ offset: 3 });
      expect(second.next).toBeUndefined();
      const back = await listStudioOrders({ filter: {}, before: second.previous! }, t.db, 3);
      expect(numbers(back.rows)).toEqual(numbers(first.rows));
      expect(back).toMatchObject({ offset: 0 });
      const oldest = await listStudioOrders({ filter: {}, sort: 'oldest' }, t.db, 2);
      expect(numbers(oldest.rows)).toEqual([orders.a.number, orders.b.number]);
      const later = await listStudioOrders({ filter: {}, sort: 'oldest', after: oldest.next! }, t.db, 2);
      expect(numbers(later.rows)).toEqual([orders.d.number, orders.c.number]);
      expect(later).toMatchObject({ offset: 2 });
      expect(
        numbers(
          (await listStudioOrders({ filter: {}, sort: 'oldest', before: later.previous! }, t.db, 2)).rows,
        ),
      ).toEqual(numbers(oldest.rows));
    },
  );

  it.skipIf(!kind.available)('offers every product that has a published version', async () => {
    expect((await productChoices(t.db)).map((p) => p.slug).sort()).toEqual([
      'a5-hardcover-notebook',
      'ceramic-mug-11oz',
      'five-pocket-jeans',
      'heavy-cotton-tee',
      'iphone-17-case',
      'stainless-water-bottle-750',
    ]);
  });

  it.skipIf(!kind.available)(
    'exports the filtered orders as CSV, one record per line, quoted and without formulas',
    async () => {
      await load();
      const csv = await ordersCsv({ to: '2026-11-30' }, t.db);
      const records = csv.split('\r\n');
      expect(records.at(-1)).toBe('');
      expect(records[0]).toBe(CSV_COLUMNS.join(','));
      expect(records).toHaveLength(1 + 4 + 1);
      const [b, a] = [orders.b, orders.a];
      expect(records[1]).toBe(
        `${orders.d.number},1,2026-11-20 12:00:00,Placed,"'=HYPERLINK(""http://evil.example"")@x.com",Men's Five-Pocket Jeans,1,W32 L32,Wash: Dark rinse indigo; Rivets and button: Copper,1,${(orders.d.subtotalMinor / 100).toFixed(2)},EUR`,
      );
      expect(records[2]).toMatch(
        new RegExp(`^${b.number},1,2026-11-15 23:59:59,Shipped,bob@example.com,iPhone 17 Slim Case,1,`),
      );
      expect(records[3]).toMatch(new RegExp(`^${b.number},2,.*,Men's Five-Pocket Jeans,`));
      expect(records[4]).toMatch(
        new RegExp(
          `^${a.number},1,2026-11-01 10:00:00,Placed,Ada@Example.com,iPhone 17 Slim Case,1,.*,2,\\d+\\.\\d{2},EUR$`,
        ),
      );
      expect(await ordersCsv({ status: 'cancelled' }, t.db)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    },
  );
});
