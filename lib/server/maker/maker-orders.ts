import 'server-only';
import { isOrderStatus, type OrderStatus } from '../../orders/status';
import { db, type Db } from '../db/client';

// The maker's queue: orders by status, oldest first so the queue is worked in order.

export type QueueOrder = { number: string; status: OrderStatus; createdAt: string; items: number; lines: number; totalMinor: number; currency: string; country: string; trackingReference: string | null };

/** Orders in the given statuses (all when empty), oldest first, at most `limit`. */
export async function listMakerOrders(statuses: OrderStatus[], limit = 200, conn: Db = db()): Promise<QueueOrder[]> {
  const rows = await conn.order.findMany({
    where: statuses.length ? { status: { in: statuses } } : {},
    orderBy: { createdAt: 'asc' },
    take: limit,
    select: { number: true, status: true, createdAt: true, totalMinor: true, currency: true, address: true, trackingReference: true, lines: { select: { quantity: true } } },
  });
  return rows.flatMap((row) => {
    if (!isOrderStatus(row.status)) return [];
    const country = (JSON.parse(row.address) as { country?: string }).country ?? '';
    return [{ number: row.number, status: row.status, createdAt: row.createdAt.toISOString(), items: row.lines.reduce((sum, l) => sum + l.quantity, 0), lines: row.lines.length, totalMinor: row.totalMinor, currency: row.currency, country, trackingReference: row.trackingReference }];
  });
}
