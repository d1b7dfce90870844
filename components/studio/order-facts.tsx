import { formatMoney } from '@/lib/money';
import type { OrderView } from '@/lib/server/orders/get-order';

/** What the brand wants to know about an order beyond production: who, when, how much, paid how. */
export function OrderFacts({ order }: { order: OrderView }) {
  const money = (minor: number) => formatMoney(minor, order.currency);
  return (
    <dl className="summary" aria-label="Order facts">
      <dt>Placed</dt>
      <dd>{order.createdAt.replace('T', ' ').slice(0, 16)} UTC</dd>
      <dt>Customer</dt>
      <dd>
        <a href={`mailto:${order.email}`}>{order.email}</a>
      </dd>
      <dt>Total</dt>
      <dd>
        {money(order.totalMinor)} ({money(order.subtotalMinor)} and {money(order.shippingMinor)} shipping)
      </dd>
      <dt>Payment</dt>
      <dd>
        {order.payment.status === 'authorized' ? 'Paid' : 'Not paid yet'}, {order.payment.provider} {order.payment.reference}
      </dd>
    </dl>
  );
}
