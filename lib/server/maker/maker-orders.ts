import 'server-only';
import { ORDERS_PAGE_SIZE, type OrdersQuery } from '../../orders/orders-filter';
import type { OrderStatus } from '../../orders/status';
import { db, type Db } from '../db/client';
import { countOrdersByStatus, listOrders, type OrderListPage } from '../orders/order-list';

// The maker's queue: one page of the orders in a status (waiting ones by default), oldest
// first so the queue is worked in order, or newest first; searchable by number and e-mail.

export type MakerQueue = OrderListPage & {
  /** Orders matching the search in each status tab, whichever tab is open. */
  counts: Record<OrderStatus | 'all', number>;
};

/** A page of the queue with the count of every status tab. */
export async function makerQueue(
  query: OrdersQuery,
  conn: Db = db(),
  limit = ORDERS_PAGE_SIZE,
): Promise<MakerQueue> {
  const [page, counts] = await Promise.all([
    listOrders(
      query.filter,
      {
        sort: query.sort ?? 'oldest',
        limit,
        ...(query.after ? { after: query.after } : {}),
        ...(query.before ? { before: query.before } : {}),
      },
      conn,
    ),
    countOrdersByStatus(query.filter, conn),
  ]);
  return { ...page, counts };
}
