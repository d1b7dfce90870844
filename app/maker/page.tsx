import type { Metadata } from 'next';
import Link from 'next/link';
import { MAKER_AREA } from '@/lib/auth/roles';
import { formatMoney } from '@/lib/money';
import { QUEUE_FILTERS, type QueueFilter } from '@/lib/orders/maker-schema';
import { ORDER_STATUSES, STATUS_LABELS, type OrderStatus } from '@/lib/orders/status';
import { listMakerOrders } from '@/lib/server/maker/maker-orders';
import { requireRole } from '@/lib/server/auth/guard';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Production queue', robots: { index: false } };

const FILTER_LABELS: Record<QueueFilter, string> = { placed: 'Waiting', in_production: 'In production', shipped: 'Shipped', cancelled: 'Cancelled', all: 'All' };

type Props = { searchParams: Promise<{ status?: string }> };

export default async function MakerQueuePage({ searchParams }: Props) {
  const requested = (await searchParams).status;
  await requireRole(MAKER_AREA, requested ? `/maker?status=${encodeURIComponent(requested)}` : '/maker');
  const filter: QueueFilter = QUEUE_FILTERS.find((f) => f === requested) ?? 'placed';
  const statuses: OrderStatus[] = filter === 'all' ? [...ORDER_STATUSES] : [filter];
  const orders = await listMakerOrders(statuses);
  return (
    <>
      <h1>Production queue</h1>
      <nav aria-label="Filter orders" className="filters">
        {QUEUE_FILTERS.map((f) => (
          <Link key={f} href={`/maker?status=${f}`} aria-current={f === filter ? 'page' : undefined} style={{ marginRight: '1rem', fontWeight: f === filter ? 700 : 400 }}>
            {FILTER_LABELS[f]}
          </Link>
        ))}
      </nav>
      {orders.length === 0 ? (
        <p>No orders here.</p>
      ) : (
        <table aria-label={`${FILTER_LABELS[filter]} orders`} style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Placed (UTC)</th>
              <th scope="col">Items</th>
              <th scope="col">Ship to</th>
              <th scope="col">Total</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.number}>
                <td>
                  <Link href={`/maker/orders/${o.number}`}>{o.number}</Link>
                </td>
                <td>{o.createdAt.replace('T', ' ').slice(0, 16)}</td>
                <td>{o.items}</td>
                <td>{o.country}</td>
                <td>{formatMoney(o.totalMinor, o.currency)}</td>
                <td>
                  {STATUS_LABELS[o.status]}
                  {o.trackingReference ? ` (${o.trackingReference})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
