import 'server-only';
import {
  placedBetween,
  type OrderCursor,
  type OrdersFilter,
  type OrderSort,
} from '../../orders/orders-filter';
import { isOrderStatus, ORDER_STATUSES, type OrderStatus } from '../../orders/status';
import { db, providerOf, type Db } from '../db/client';
import { Prisma } from '../db/generated/sqlite';
import { getTemplateVersion } from '../templates';
import { timestamp } from './order-sql';

// The one query layer behind every list of orders: the studio's orders and CSV export, and the
// maker's queue. Filters are SQL written once for both databases, because the search must match
// what was typed: Prisma's `contains` is a LIKE that leaves % and _ as wildcards and, on SQLite,
// cannot name an escape character. Pages are keyset pages on (createdAt, id) (an index serves
// them), so walking the pages while orders arrive or change status never repeats or skips one.

export type OrderListRow = {
  id: string;
  number: string;
  status: OrderStatus;
  createdAt: string;
  email: string;
  /** The shipping address's country code. */
  country: string;
  items: number;
  /** Product names, each once, in line order. */
  products: string[];
  totalMinor: number;
  currency: string;
  trackingReference: string | null;
  cancelReason: string | null;
};

export type OrderListPage = {
  rows: OrderListRow[];
  /** Orders matching the filter, on every page. */
  count: number;
  /** How many matching orders come before this page's first row. */
  offset: number;
  /** Cursors of the neighbouring pages, when there are any. */
  next?: OrderCursor;
  previous?: OrderCursor;
};

export type PageRequest = { sort: OrderSort; after?: OrderCursor; before?: OrderCursor; limit: number };

/**
 * A LIKE pattern that finds `text` anywhere, as typed: lower-cased (compare it with a lower-cased
 * column), the wildcards % and _ and the escape character itself escaped with "!" (ESCAPE '!':
 * the same on both databases, unlike a backslash, whose meaning in a PostgreSQL literal depends
 * on a setting).
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, '!$&')}%`;
}

const ts = (conn: Db, at: Date) => timestamp(providerOf(conn), at);

/**
 * The filter as SQL conditions on `"Order" o` (TRUE when there are none). Order numbers and
 * e-mail addresses are ASCII (the checkout's schema), where lower() agrees on both databases.
 */
export function orderConditions(filter: OrdersFilter, conn: Db): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.status) parts.push(Prisma.sql`o."status" = ${filter.status}`);
  const placed = placedBetween(filter);
  if (placed.gte) parts.push(Prisma.sql`o."createdAt" >= ${ts(conn, placed.gte)}`);
  if (placed.lt) parts.push(Prisma.sql`o."createdAt" < ${ts(conn, placed.lt)}`);
  if (filter.product) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "OrderLine" l JOIN "TemplateVersion" v ON v."id" = l."templateVersionId" JOIN "Template" t ON t."id" = v."templateId"
      WHERE l."orderId" = o."id" AND t."slug" = ${filter.product})`);
  }
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    parts.push(
      Prisma.sql`(lower(o."number") LIKE ${pattern} ESCAPE '!' OR lower(o."email") LIKE ${pattern} ESCAPE '!')`,
    );
  }
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`1 = 1`;
}

/**
 * Runs a statement built with Prisma.sql on either client. The two generated clients each
 * carry their own copy of Prisma's runtime and accept only their own Sql objects, so the text
 * is handed over with its placeholders (? for SQLite, $1 for PostgreSQL) and its values bound.
 */
export function querySql<T>(conn: Db, statement: Prisma.Sql): Promise<T[]> {
  const text = providerOf(conn) === 'sqlite' ? statement.sql : statement.text;
  return conn.$queryRawUnsafe<T[]>(text, ...statement.values);
}

/** Orders matching the filter. */
export async function countOrders(filter: OrdersFilter, conn: Db = db()): Promise<number> {
  const [row] = await querySql<{ n: bigint | number }>(
    conn,
    Prisma.sql`SELECT COUNT(*) AS n FROM "Order" o WHERE ${orderConditions(filter, conn)}`,
  );
  return Number(row?.n ?? 0);
}

/** How many orders match the filter in each status (its own status ignored), and in all. */
export async function countOrdersByStatus(
  filter: OrdersFilter,
  conn: Db = db(),
): Promise<Record<OrderStatus | 'all', number>> {
  const { status: _ignored, ...rest } = filter;
  const rows = await querySql<{ status: string; n: bigint | number }>(
    conn,
    Prisma.sql`SELECT o."status" AS status, COUNT(*) AS n FROM "Order" o WHERE ${orderConditions(rest, conn)} GROUP BY o."status"`,
  );
  const counts = Object.fromEntries([...ORDER_STATUSES, 'all'].map((s) => [s, 0])) as Record<
    OrderStatus | 'all',
    number
  >;
  for (const row of rows) {
    if (isOrderStatus(row.status)) counts[row.status] = Number(row.n);
    counts.all += Number(row.n);
  }
  return counts;
}

/** The key of the page boundary: rows strictly after (or before) it in the list's order. */
function beyond(cursor: OrderCursor, forward: boolean, conn: Db): Prisma.Sql {
  const at = ts(conn, new Date(cursor.at));
  return forward
    ? Prisma.sql`(o."createdAt", o."id") > (${at}, ${cursor.id})`
    : Prisma.sql`(o."createdAt", o."id") < (${at}, ${cursor.id})`;
}

/**
 * Ids and keys of up to `limit` matching orders in `sort` order, after (or, reading backwards,
 * before) a cursor. "Newest first" is the same walk with the comparison and the order turned.
 */
export async function orderKeys(
  filter: OrdersFilter,
  sort: OrderSort,
  from: { after?: OrderCursor; before?: OrderCursor },
  limit: number,
  conn: Db = db(),
): Promise<OrderCursor[]> {
  const ascending = sort === 'oldest';
  const backwards = !from.after && !!from.before;
  const up = ascending !== backwards;
  const cursor = from.after ?? from.before;
  const where = cursor
    ? Prisma.sql`${orderConditions(filter, conn)} AND ${beyond(cursor, up, conn)}`
    : orderConditions(filter, conn);
  const direction = Prisma.raw(up ? 'ASC' : 'DESC');
  const rows = await querySql<{ id: string; createdAt: Date | string }>(
    conn,
    Prisma.sql`SELECT o."id" AS id, o."createdAt" AS "createdAt" FROM "Order" o WHERE ${where} ORDER BY o."createdAt" ${direction}, o."id" ${direction} LIMIT ${limit}`,
  );
  const keys = rows.map((r) => ({ id: r.id, at: new Date(r.createdAt).getTime() }));
  return backwards ? keys.reverse() : keys;
}

/** How many matching orders come before `cursor` in `sort` order. */
async function countBefore(
  filter: OrdersFilter,
  sort: OrderSort,
  cursor: OrderCursor,
  conn: Db,
): Promise<number> {
  const [row] = await querySql<{ n: bigint | number }>(
    conn,
    Prisma.sql`SELECT COUNT(*) AS n FROM "Order" o WHERE ${orderConditions(filter, conn)} AND ${beyond(cursor, sort === 'newest', conn)}`,
  );
  return Number(row?.n ?? 0);
}

const productName = async (versionId: string, conn: Db) =>
  (await getTemplateVersion(versionId, conn))?.template.name ?? 'Unknown product';

/** The list rows of these orders, in the order given. */
async function rowsOf(ids: string[], conn: Db): Promise<OrderListRow[]> {
  const found = await conn.order.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      number: true,
      status: true,
      createdAt: true,
      email: true,
      address: true,
      totalMinor: true,
      currency: true,
      trackingReference: true,
      cancelReason: true,
      lines: { orderBy: { position: 'asc' }, select: { quantity: true, templateVersionId: true } },
    },
  });
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = await Promise.all(
    ids.map(async (id) => {
      const r = byId.get(id);
      if (!r || !isOrderStatus(r.status)) return null;
      return {
        id: r.id,
        number: r.number,
        status: r.status,
        createdAt: r.createdAt.toISOString(),
        email: r.email,
        country: (JSON.parse(r.address) as { country?: string }).country ?? '',
        items: r.lines.reduce((sum, l) => sum + l.quantity, 0),
        products: [...new Set(await Promise.all(r.lines.map((l) => productName(l.templateVersionId, conn))))],
        totalMinor: r.totalMinor,
        currency: r.currency,
        trackingReference: r.trackingReference,
        cancelReason: r.cancelReason,
      };
    }),
  );
  return rows.filter((r) => r !== null);
}

/**
 * One page of the matching orders: `limit` rows after `after`, or before `before` (the previous
 * page), or from the start; with the number of matches and the neighbouring pages' cursors.
 * A previous page that no longer fills up (orders left the filter meanwhile) starts again at the first.
 */
export async function listOrders(
  filter: OrdersFilter,
  page: PageRequest,
  conn: Db = db(),
): Promise<OrderListPage> {
  const { sort, limit } = page;
  let keys = await orderKeys(filter, sort, page, limit + 1, conn);
  let more = keys.length > limit;
  if (page.before && !page.after) {
    if (keys.length <= limit) {
      keys = await orderKeys(filter, sort, {}, limit + 1, conn);
      more = keys.length > limit;
    } else {
      keys = keys.slice(1);
      more = true;
    }
  }
  keys = keys.slice(0, limit);
  const firstKey = keys[0];
  const lastKey = keys.at(-1);
  const [count, offset, rows] = await Promise.all([
    countOrders(filter, conn),
    firstKey ? countBefore(filter, sort, firstKey, conn) : Promise.resolve(0),
    rowsOf(
      keys.map((k) => k.id),
      conn,
    ),
  ]);
  return {
    rows,
    count,
    offset,
    ...(more && lastKey ? { next: lastKey } : {}),
    ...(offset > 0 && firstKey ? { previous: firstKey } : {}),
  };
}
