import Link from 'next/link';
import { formatMoney } from '@/lib/money';
import { STATUS_LABELS } from '@/lib/orders/status';
import type { OrderListRow } from '@/lib/server/orders/order-list';
import s from './maker.module.css';

/** One page of the queue: each order with what the workshop needs to pick it, and its state. */
export function QueueTable({ rows, label }: { rows: OrderListRow[]; label: string }) {
  return (
    <div className="table-scroll">
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Placed (UTC)</th>
            <th scope="col">E-mail</th>
            <th scope="col">Products</th>
            <th scope="col">Items</th>
            <th scope="col">Ship to</th>
            <th scope="col">Total</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.number}>
              <td>
                <Link href={`/maker/orders/${o.number}`}>{o.number}</Link>
              </td>
              <td>{o.createdAt.replace('T', ' ').slice(0, 16)}</td>
              <td>{o.email}</td>
              <td>{o.products.join(', ')}</td>
              <td>{o.items}</td>
              <td>{o.country}</td>
              <td>{formatMoney(o.totalMinor, o.currency)}</td>
              <td>
                {STATUS_LABELS[o.status]}
                {o.trackingReference ? ` (${o.trackingReference})` : ''}
                {o.cancelReason && <span className={s.reason}>Reason: {o.cancelReason}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
