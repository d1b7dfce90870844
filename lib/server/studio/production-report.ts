import 'server-only';
import { z } from 'zod';
import { db, type Db } from '../db/client';
import { PRODUCTION_STATES, type ProductionState } from '../production/production-state';

// The studio's view of production: each order's render state, newest orders first.

export const productionFilterSchema = z.object({
  state: z.enum(PRODUCTION_STATES).optional().catch(undefined),
});
export type ProductionFilter = z.infer<typeof productionFilterSchema>;

export type ProductionRow = {
  number: string;
  placedAt: string;
  orderStatus: string;
  /** null: no render was queued for the order (placed before the queue existed). */
  state: ProductionState | null;
  attempts: number;
  lastError: string | null;
  updatedAt: string | null;
};

export type ProductionReport = { rows: ProductionRow[]; counts: Record<ProductionState, number> };

const PAGE = 100;

/** The newest orders (all, or those in one state) with their production state, and counts per state. */
export async function productionReport(
  { state }: ProductionFilter,
  conn: Db = db(),
): Promise<ProductionReport> {
  const [orders, groups] = await Promise.all([
    conn.order.findMany({
      where: state ? { production: { state } } : {},
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: PAGE,
      select: { number: true, createdAt: true, status: true, production: true },
    }),
    conn.orderProduction.groupBy({ by: ['state'], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(PRODUCTION_STATES.map((s) => [s, 0])) as Record<ProductionState, number>;
  for (const group of groups)
    if (group.state in counts) counts[group.state as ProductionState] = group._count._all;
  return {
    counts,
    rows: orders.map((o) => ({
      number: o.number,
      placedAt: o.createdAt.toISOString(),
      orderStatus: o.status,
      state: (o.production?.state as ProductionState | undefined) ?? null,
      attempts: o.production?.attempts ?? 0,
      lastError: o.production?.lastError ?? null,
      updatedAt: o.production?.updatedAt.toISOString() ?? null,
    })),
  };
}
