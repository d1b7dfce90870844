// Run by bench/order-lists.ts in a process of its own (react-server conditions, for lib/server):
// fills a fresh SQLite or PostgreSQL database with ORDERS waiting orders and prints, as JSON,
// the median time of each list query the maker's queue and the studio's orders make.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { shippingPriceMinor } from '../lib/checkout/shipping';
import { newDesign, newTextLayer } from '../lib/design/defaults';
import { addCartItem, createCart, getCart } from '../lib/server/cart';
import { createDb } from '../lib/server/db/client';
import { migrate } from '../lib/server/db/migrate';
import { seed } from '../lib/server/db/seed';
import { createDesign } from '../lib/server/designs';
import { makerQueue } from '../lib/server/maker/maker-orders';
import { orderKeys } from '../lib/server/orders/order-list';
import { newOrderNumber } from '../lib/server/orders/order-number';
import { placeOrder } from '../lib/server/orders/place-order';
import { listStudioOrders } from '../lib/server/studio/orders-report';
import { getProduct } from '../lib/server/templates';

const [url = '', countArg = '20000'] = process.argv.slice(2);
const ORDERS = Number(countArg);
const sqliteDir = url ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-bench-lists-'));
const databaseUrl = url || `file:${path.join(sqliteDir!, 'bench.db')}`;
await migrate(databaseUrl);
const conn = createDb(databaseUrl);
try {
  await seed(conn);
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
  const address = { name: 'Ada', line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' };
  const placed = await placeOrder(
    {
      idempotencyKey: randomUUID(),
      email: 'first@example.com',
      address,
      shippingMethod: 'standard',
      lines: [{ designId, quantity: 1 }],
      expectedTotalMinor: cart.subtotalMinor + shippingPriceMinor('standard', cart.currency!)!,
    },
    { cartId, conn, afterCommit: () => undefined },
  );
  if (!placed.ok) throw new Error(placed.error);
  const source = await conn.order.findUniqueOrThrow({
    where: { number: placed.number },
    include: { lines: true },
  });
  const { id: _id, lines, ...order } = source;
  const start = Date.UTC(2026, 0, 1);
  for (let from = 0; from < ORDERS; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, ORDERS - from) }, (_, j) => ({
      ...order,
      id: randomUUID(),
      number: newOrderNumber(),
      email: `shopper-${from + j}@example.com`,
      viewToken: randomUUID(),
      idempotencyKey: randomUUID(),
      createdAt: new Date(start + (from + j) * 60_000),
    }));
    await conn.order.createMany({ data: batch });
    await conn.orderLine.createMany({
      data: batch.flatMap((o) =>
        lines.map(({ id: _l, orderId: _o, ...line }) => ({ ...line, id: randomUUID(), orderId: o.id })),
      ),
    });
  }
  const middle = (await orderKeys({ status: 'placed' }, 'oldest', {}, ORDERS / 2, conn)).at(-1)!;

  const median = async (run: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    return Math.round(times.sort((a, b) => a - b)[3]! * 10) / 10;
  };
  const waiting = { status: 'placed' as const };
  const results = {
    'queue, first page (oldest first)': await median(() =>
      makerQueue({ filter: waiting, sort: 'oldest' }, conn),
    ),
    'queue, first page (newest first)': await median(() =>
      makerQueue({ filter: waiting, sort: 'newest' }, conn),
    ),
    'queue, a page in the middle (cursor)': await median(() =>
      makerQueue({ filter: waiting, sort: 'oldest', after: middle }, conn),
    ),
    'queue, search "shopper-1999" (e-mail)': await median(() =>
      makerQueue({ filter: { ...waiting, q: 'shopper-1999' }, sort: 'oldest' }, conn),
    ),
    'queue, search an order number': await median(() =>
      makerQueue({ filter: { ...waiting, q: source.number }, sort: 'oldest' }, conn),
    ),
    'studio orders, first page with totals': await median(() => listStudioOrders({ filter: {} }, conn)),
  };
  console.log(JSON.stringify(results));
} finally {
  await conn.$disconnect();
  if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true });
}
