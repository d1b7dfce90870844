import type { Metadata } from 'next';
import { QUEUE_LABELS, QueueControls, SortLinks } from '@/components/maker/queue-controls';
import s from '@/components/maker/maker.module.css';
import { QueueTable } from '@/components/maker/queue-table';
import { Pager, pageSummary } from '@/components/ui/pager';
import { MAKER_AREA } from '@/lib/auth/roles';
import { parseQueueQuery } from '@/lib/orders/maker-schema';
import { ordersQueryString, type OrdersQuery } from '@/lib/orders/orders-filter';
import { requireRole } from '@/lib/server/auth/guard';
import { makerQueue } from '@/lib/server/maker/maker-orders';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Production queue', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MakerQueuePage({ searchParams }: Props) {
  const params = await searchParams;
  // Back to exactly what was asked for after signing in.
  const asked = new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) => [value ?? []].flat().map((v) => [key, v])),
  ).toString();
  await requireRole(MAKER_AREA, asked ? `/maker?${asked}` : '/maker');
  const { tab, errors, ...query } = parseQueueQuery(params);
  const sort = query.sort ?? 'oldest';
  const link = (q: Partial<OrdersQuery>) =>
    `/maker${ordersQueryString({ filter: query.filter, sort, ...q }, tab === 'all' ? { status: 'all' } : {})}`;
  const queue = await makerQueue(query);
  const noun = tab === 'all' ? 'order' : `${QUEUE_LABELS[tab].toLowerCase()} order`;
  return (
    <>
      <h1>Production queue</h1>
      <p className="lede">
        Orders to make: work the waiting ones oldest first, and open one for its production files.
      </p>
      <QueueControls tab={tab} q={query.filter.q} sort={sort} counts={queue.counts} errors={errors} />
      <div className={s.toolbar}>
        <p className="muted" role="status">
          {queue.count === 0
            ? 'No orders here.'
            : pageSummary(queue.offset, queue.rows.length, queue.count, noun)}
        </p>
        <SortLinks tab={tab} q={query.filter.q} sort={sort} />
      </div>
      {queue.rows.length > 0 && <QueueTable rows={queue.rows} label={`${QUEUE_LABELS[tab]} orders`} />}
      <Pager
        first={queue.previous ? link({}) : undefined}
        previous={queue.previous ? link({ before: queue.previous }) : undefined}
        next={queue.next ? link({ after: queue.next }) : undefined}
      />
    </>
  );
}
