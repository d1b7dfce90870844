import { DesignSummary } from '@/components/design/design-summary';
import { SHIPPING_METHODS } from '@/lib/checkout/shipping';
import { formatMoney } from '@/lib/money';
import { isOrderStatus, STATUS_LABELS } from '@/lib/orders/status';
import type { OrderView } from '@/lib/server/orders/get-order';
import { DesignPicture } from './design-picture';
import { QuoteTable } from './quote-table';
import s from './order.module.css';
import { PostalAddress } from './postal-address';

/** An order as placed: status, every line from its frozen snapshot, totals, address and payment. */
export function OrderDetails({ order }: { order: OrderView }) {
  const money = (minor: number) => formatMoney(minor, order.currency);
  const shipping = SHIPPING_METHODS.find((m) => m.id === order.shippingMethod)?.label ?? order.shippingMethod;
  return (
    <>
      <h1>Order {order.number}</h1>
      <p className="lede" role="status">
        {STATUS_LABELS[order.status]} on{' '}
        {new Date(order.createdAt).toLocaleString('en-GB', {
          dateStyle: 'long',
          timeStyle: 'short',
          timeZone: 'UTC',
        })}{' '}
        UTC. A confirmation is on its way to {order.email}.
      </p>
      <ul className={s.items} aria-label="Ordered items">
        {order.lines.map((line) => (
          <li key={line.position} className={s.item} aria-label={line.version.template.name}>
            <DesignPicture template={line.version.template} design={line.design} uploads={line.uploads} />
            <div>
              <h2>
                {line.quantity} × {line.version.template.name}
              </h2>
              <p className="muted">Made on version {line.version.version} of this product</p>
              <DesignSummary template={line.version.template} design={line.design} />
              <QuoteTable quote={line.quote} label={`Price of ${line.version.template.name}`} />
            </div>
          </li>
        ))}
      </ul>
      <table className={s.lines} aria-label="Order total" style={{ maxWidth: '28rem' }}>
        <tbody>
          <tr>
            <th scope="row">Items</th>
            <td>{money(order.subtotalMinor)}</td>
          </tr>
          <tr>
            <th scope="row">{shipping}</th>
            <td>{money(order.shippingMinor)}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{money(order.totalMinor)}</td>
          </tr>
        </tfoot>
      </table>
      <h2>Delivery and payment</h2>
      <PostalAddress address={order.address} />
      <p>
        {order.payment.note} Reference: {order.payment.reference}.
      </p>
      <h2>History</h2>
      <ol aria-label="Order history">
        {order.events.map((e, i) => (
          <li key={i}>
            {new Date(e.at).toLocaleString('en-GB', {
              dateStyle: 'medium',
              timeStyle: 'short',
              timeZone: 'UTC',
            })}{' '}
            UTC: {isOrderStatus(e.to) ? STATUS_LABELS[e.to] : e.to}
          </li>
        ))}
      </ol>
    </>
  );
}
