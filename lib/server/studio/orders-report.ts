import 'server-only';
import { csvRecord } from '../../csv';
import { designSchema } from '../../design/schema';
import { minorToDecimal } from '../../money';
import { lineFacts } from '../../orders/line-facts';
import { ORDERS_PAGE_SIZE, placedBetween, type OrdersFilter } from '../../orders/orders-filter';
import { isOrderStatus, STATUS_LABELS, type OrderStatus } from '../../orders/status';
import { db, providerOf, type Db } from '../db/client';
import type { Prisma } from '../db/generated/sqlite';
import { getTemplateVersion } from '../templates';

// The brand's view of its orders: a filtered, paged list with totals per currency, and the
// same filter exported as CSV, one row per order line.

export type StudioOrderRow = { number: string; createdAt: string; status: OrderStatus; email: string; items: number; products: string[]; totalMinor: number; currency: string };
export type CurrencyTotals = { currency: string; orders: number; subtotalMinor: number; shippingMinor: number; totalMinor: number };
export type OrdersPage = { rows: StudioOrderRow[]; count: number; page: number; pageCount: number; totals: CurrencyTotals[] };

function whereOf(filter: OrdersFilter, conn: Db): Prisma.OrderWhereInput {
  const where: Prisma.OrderWhereInput = {};
  if (filter.status) where.status = filter.status;
  const placed = placedBetween(filter);
  if (placed.gte || placed.lt) where.createdAt = placed;
  if (filter.product) where.lines = { some: { templateVersion: { template: { slug: filter.product } } } };
  if (filter.q) {
    // Prisma's `contains` is a LIKE that leaves % and _ as wildcards. PostgreSQL takes a
    // backslash before them, and must be asked to ignore case; SQLite's LIKE ignores the case
    // of ASCII letters already but has no escape character unless the query names one (Prisma's
    // does not), so there "a_b" also finds "axb": a search a little wider than typed, never narrower.
    const postgres = providerOf(conn) === 'postgresql';
    const text = (value: string) => (postgres ? value.replace(/[\\%_]/g, '\\$&') : value);
    const email = postgres ? ({ contains: text(filter.q), mode: 'insensitive' } as Prisma.StringFilter) : { contains: filter.q };
    where.OR = [{ number: { contains: text(filter.q.toUpperCase()) } }, { email }];
  }
  return where;
}

const productName = async (versionId: string, conn: Db) => (await getTemplateVersion(versionId, conn))?.template.name ?? 'Unknown product';

/** One page of the filtered orders, newest first, with the number of matches and totals per currency. */
export async function listStudioOrders(filter: OrdersFilter, page = 1, conn: Db = db()): Promise<OrdersPage> {
  const where = whereOf(filter, conn);
  const [count, groups] = await Promise.all([
    conn.order.count({ where }),
    conn.order.groupBy({ by: ['currency'], where, orderBy: { currency: 'asc' }, _count: { _all: true }, _sum: { subtotalMinor: true, shippingMinor: true, totalMinor: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(count / ORDERS_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const rows = await conn.order.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * ORDERS_PAGE_SIZE,
    take: ORDERS_PAGE_SIZE,
    select: { number: true, createdAt: true, status: true, email: true, totalMinor: true, currency: true, lines: { orderBy: { position: 'asc' }, select: { quantity: true, templateVersionId: true } } },
  });
  const shaped = await Promise.all(
    rows.map(async (r) => ({
      number: r.number,
      createdAt: r.createdAt.toISOString(),
      status: isOrderStatus(r.status) ? r.status : ('placed' as const),
      email: r.email,
      items: r.lines.reduce((sum, l) => sum + l.quantity, 0),
      products: [...new Set(await Promise.all(r.lines.map((l) => productName(l.templateVersionId, conn))))],
      totalMinor: r.totalMinor,
      currency: r.currency,
    })),
  );
  const totals = groups.map((g) => ({ currency: g.currency, orders: g._count._all, subtotalMinor: g._sum.subtotalMinor ?? 0, shippingMinor: g._sum.shippingMinor ?? 0, totalMinor: g._sum.totalMinor ?? 0 }));
  return { rows: shaped, count, page: current, pageCount, totals };
}

/** Every product that was ever published (archived ones too: old orders have them), by name. */
export async function productChoices(conn: Db = db()): Promise<Array<{ slug: string; name: string }>> {
  const templates = await conn.template.findMany({ select: { slug: true, versions: { orderBy: { version: 'desc' }, take: 1, select: { id: true } } } });
  const choices = await Promise.all(templates.flatMap((t) => (t.versions[0] ? [productName(t.versions[0].id, conn).then((name) => ({ slug: t.slug, name }))] : [])));
  return choices.sort((a, b) => a.name.localeCompare(b.name));
}

export const CSV_COLUMNS = ['Order', 'Line', 'Placed (UTC)', 'Status', 'E-mail', 'Product', 'Template version', 'Size', 'Options', 'Quantity', 'Line total', 'Currency'];
const CSV_BATCH = 500;

/**
 * The filtered orders as CSV, one record per order line, newest order first. Read in batches
 * (a cursor over the same order as the list), so a large shop does not load every order at once.
 */
export async function ordersCsv(filter: OrdersFilter, conn: Db = db()): Promise<string> {
  const where = whereOf(filter, conn);
  const out = [csvRecord(CSV_COLUMNS)];
  let cursor: string | undefined;
  for (;;) {
    const batch = await conn.order.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: CSV_BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, number: true, createdAt: true, status: true, email: true, currency: true, lines: { orderBy: { position: 'asc' }, select: { position: true, quantity: true, totalMinor: true, templateVersionId: true, designSnapshot: true } } },
    });
    for (const order of batch) {
      const placed = order.createdAt.toISOString().replace('T', ' ').slice(0, 19);
      const status = isOrderStatus(order.status) ? STATUS_LABELS[order.status] : order.status;
      for (const line of order.lines) {
        const version = await getTemplateVersion(line.templateVersionId, conn);
        const design = designSchema.safeParse(JSON.parse(line.designSnapshot));
        const facts = version && design.success ? lineFacts(version.template, design.data) : { size: '', options: '' };
        out.push(
          csvRecord([order.number, line.position + 1, placed, status, order.email, version?.template.name ?? 'Unknown product', version?.version ?? '', facts.size, facts.options, line.quantity, minorToDecimal(line.totalMinor, order.currency), order.currency]),
        );
      }
    }
    if (batch.length < CSV_BATCH) break;
    cursor = batch[batch.length - 1]!.id;
  }
  return out.join('');
}
