import 'server-only';
import { db, type Db } from '../db/client';

// Where each order's production files are (the OrderProduction table): written by whoever
// queues a render and by the render job itself, read by the studio's production page.

export const PRODUCTION_STATES = ['queued', 'rendering', 'ready', 'failed', 'cancelled'] as const;
export type ProductionState = (typeof PRODUCTION_STATES)[number];

/** Records an order's production state (and, for failures and retries, the last error). */
export async function setProductionState(
  orderId: string,
  state: ProductionState,
  { attempts, lastError = null }: { attempts?: number; lastError?: string | null } = {},
  conn: Db = db(),
): Promise<void> {
  const data = {
    state,
    lastError: lastError?.slice(0, 2000) ?? null,
    ...(attempts === undefined ? {} : { attempts }),
  };
  await conn.orderProduction.upsert({ where: { orderId }, create: { orderId, ...data }, update: data });
}

/** Producible orders placed in the last `withinMs` whose render was never queued (a crash between commit and enqueue). */
export async function ordersNeverQueued(
  withinMs: number,
  conn: Db = db(),
): Promise<Array<{ id: string; number: string }>> {
  return conn.order.findMany({
    where: {
      production: null,
      status: { in: ['placed', 'in_production'] },
      createdAt: { gte: new Date(Date.now() - withinMs) },
    },
    select: { id: true, number: true },
    orderBy: { createdAt: 'asc' },
    take: 100,
  });
}
