import 'server-only';
import { csvRecord } from '../../csv';
import { designSchema } from '../../design/schema';
import { minorToDecimal } from '../../money';
import { lineFacts } from '../../orders/line-facts';
import {
  ORDERS_PAGE_SIZE,
  type OrderCursor,
  type OrdersFilter,
  type OrdersQuery,
} from '../../orders/orders-filter';
import { isOrderStatus, STATUS_LABELS } from '../../orders/status';
import { db, type Db } from '../db/client';
import { Prisma } from '../db/generated/sqlite';
import { listOrders, orderConditions, orderKeys, querySql, type OrderListPage } from '../orders/order-list';
import { getTemplateVersion } from '../templates';

// The brand's view of its orders: a filtered, paged list (the query layer the maker's queue
// uses too) with totals per currency, and the same filter exported as CSV, one row per line.

export type CurrencyTotals = {
  currency: string;
  orders: number;
  subtotalMinor: number;
  shippingMinor: number;
  totalMinor: number;
};
export type OrdersPage = OrderListPage & { totals: CurrencyTotals[] };

/** The filtered orders' count and sums per currency. */
export async function orderTotals(filter: OrdersFilter, conn: Db = db()): Promise<CurrencyTotals[]> {
  type Row = {
    currency: string;
    orders: bigint | number;
    subtotal: bigint | number | null;
    shipping: bigint | number | null;
    total: bigint | number | null;
  };
  const rows = await querySql<Row>(
    conn,
    Prisma.sql`SELECT o."currency" AS currency, COUNT(*) AS orders, SUM(o."subtotalMinor") AS subtotal, SUM(o."shippingMinor") AS shipping, SUM(o."totalMinor") AS total
      FROM "Order" o WHERE ${orderConditions(filter, conn)} GROUP BY o."currency" ORDER BY o."currency"`,
  );
  return rows.map((r) => ({
    currency: r.currency,
    orders: Number(r.orders),
    subtotalMinor: Number(r.subtotal ?? 0),
    shippingMinor: Number(r.shipping ?? 0),
    totalMinor: Number(r.total ?? 0),
  }));
}

/** One page of the filtered orders (newest first unless asked otherwise), with the number of matches and totals per currency. */
export async function listStudioOrders(
  query: OrdersQuery,
  conn: Db = db(),
  limit = ORDERS_PAGE_SIZE,
): Promise<OrdersPage> {
  const page = {
    sort: query.sort ?? 'newest',
    limit,
    ...(query.after ? { after: query.after } : {}),
    ...(query.before ? { before: query.before } : {}),
  } as const;
  const [list, totals] = await Promise.all([
    listOrders(query.filter, page, conn),
    orderTotals(query.filter, conn),
  ]);
  return { ...list, totals };
}

const productName = async (versionId: string, conn: Db) =>
  (await getTemplateVersion(versionId, conn))?.template.name ?? 'Unknown product';

/** Every product that was ever published (archived ones too: old orders have them), by name. */
export async function productChoices(conn: Db = db()): Promise<Array<{ slug: string; name: string }>> {
  const templates = await conn.template.findMany({
    select: { slug: true, versions: { orderBy: { version: 'desc' }, take: 1, select: { id: true } } },
  });
  const choices = await Promise.all(
    templates.flatMap((t) =>
      t.versions[0] ? [productName(t.versions[0].id, conn).then((name) => ({ slug: t.slug, name }))] : [],
    ),
  );
  return choices.sort((a, b) => a.name.localeCompare(b.name));
}

export const CSV_COLUMNS = [
  'Order',
  'Line',
  'Placed (UTC)',
  'Status',
  'E-mail',
  'Product',
  'Template version',
  'Size',
  'Options',
  'Quantity',
  'Line total',
  'Currency',
];
const CSV_BATCH = 500;

/**
 * The filtered orders as CSV, one record per order line, newest order first. Read in batches
 * (keyset pages of the same order as the list), so a large shop does not load every order at once.
 */
export async function ordersCsv(filter: OrdersFilter, conn: Db = db()): Promise<string> {
  const out = [csvRecord(CSV_COLUMNS)];
  let after: OrderCursor | undefined;
  for (;;) {
    const keys = await orderKeys(filter, 'newest', after ? { after } : {}, CSV_BATCH, conn);
    const found = await conn.order.findMany({
      where: { id: { in: keys.map((k) => k.id) } },
      select: {
        id: true,
        number: true,
        createdAt: true,
        status: true,
        email: true,
        currency: true,
        lines: {
          orderBy: { position: 'asc' },
          select: {
            position: true,
            quantity: true,
            totalMinor: true,
            templateVersionId: true,
            designSnapshot: true,
          },
        },
      },
    });
    const byId = new Map(found.map((o) => [o.id, o]));
    for (const key of keys) {
      const order = byId.get(key.id);
      if (!order) continue;
      const placed = order.createdAt.toISOString().replace('T', ' ').slice(0, 19);
      const status = isOrderStatus(order.status) ? STATUS_LABELS[order.status] : order.status;
      for (const line of order.lines) {
        const version = await getTemplateVersion(line.templateVersionId, conn);
        const design = designSchema.safeParse(JSON.parse(line.designSnapshot));
        const facts =
          version && design.success ? lineFacts(version.template, design.data) : { size: '', options: '' };
        out.push(
          csvRecord([
            order.number,
            line.position + 1,
            placed,
            status,
            order.email,
            version?.template.name ?? 'Unknown product',
            version?.version ?? '',
            facts.size,
            facts.options,
            line.quantity,
            minorToDecimal(line.totalMinor, order.currency),
            order.currency,
          ]),
        );
      }
    }
    if (keys.length < CSV_BATCH) break;
    after = keys.at(-1);
  }
  return out.join('');
}
