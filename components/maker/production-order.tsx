import Link from 'next/link';
import type { ReactNode } from 'react';
import { DesignSummary } from '@/components/design/design-summary';
import { DesignPicture } from '@/components/order/design-picture';
import s from '@/components/order/order.module.css';
import { PostalAddress } from '@/components/order/postal-address';
import { SHIPPING_METHODS } from '@/lib/checkout/shipping';
import { STATUS_LABELS, isOrderStatus, isProducible } from '@/lib/orders/status';
import { lineFileNames } from '@/lib/spec/bundle';
import type { OrderView } from '@/lib/server/orders/get-order';
import m from './maker.module.css';
import { StatusActions } from './status-actions';

type Props = {
  order: OrderView;
  back: { href: string; label: string };
  children?: ReactNode;
  actions?: ReactNode;
};

/**
 * An order as the workshop makes it: status and its next step, every line with its picture,
 * summary and production files, the address and the history. The maker's queue and the
 * studio's orders show the same page (the studio adds facts for the brand as children, and
 * its own actions after the maker's).
 * A cancelled order says why, and offers no production files.
 */
export function ProductionOrder({ order, back, children, actions }: Props) {
  const files = (name: string) => `/api/maker/orders/${order.number}/files/${encodeURIComponent(name)}`;
  const producible = isProducible(order.status);
  const cancelled = order.events.findLast((e) => e.to === 'cancelled');
  return (
    <>
      <p className="breadcrumbs">
        <Link href={back.href}>{back.label}</Link> / {order.number}
      </p>
      <h1>Order {order.number}</h1>
      <p className="lede" role="status">
        {STATUS_LABELS[order.status]}
        {order.trackingReference ? `, tracking ${order.trackingReference}` : ''}
      </p>
      {!producible && (
        <p className={m.cancelled}>
          <strong>Do not make this order.</strong> It was cancelled
          {cancelled ? ` on ${cancelled.at.replace('T', ' ').slice(0, 16)} UTC by ${cancelled.actor}` : ''}.
          Reason: {order.cancelReason ?? 'none given'}. Its production files are no longer available.
        </p>
      )}
      {children}
      {producible && (
        <p>
          <a className={s.button} href={`/api/maker/orders/${order.number}/zip`} download>
            Download everything (ZIP)
          </a>
        </p>
      )}
      <StatusActions number={order.number} status={order.status} />
      {actions}
      <ul className={s.items} aria-label="Lines to make">
        {order.lines.map((line) => {
          const source = {
            orderNumber: order.number,
            position: line.position + 1,
            template: line.version.template,
            design: line.design,
          };
          return (
            <li
              key={line.id}
              className={s.item}
              aria-label={`Line ${source.position}: ${line.version.template.name}`}
            >
              <DesignPicture template={line.version.template} design={line.design} uploads={line.uploads} />
              <div>
                <h2>
                  Line {source.position}: {line.quantity} × {line.version.template.name}
                </h2>
                <p className="muted">Template version {line.version.version}</p>
                <DesignSummary template={line.version.template} design={line.design} />
                {producible && (
                  <>
                    <h3>Files</h3>
                    <ul aria-label={`Files of line ${source.position}`}>
                      {lineFileNames(source).map((name) => (
                        <li key={name}>
                          <a href={files(name)} download>
                            {name}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <h2>Ship to</h2>
      <PostalAddress address={order.address} />
      <p>{SHIPPING_METHODS.find((m) => m.id === order.shippingMethod)?.label ?? order.shippingMethod}</p>
      <h2>History</h2>
      <ol aria-label="Order history">
        {order.events.map((e, i) => (
          <li key={i}>
            {e.at.replace('T', ' ').slice(0, 16)} UTC: {isOrderStatus(e.to) ? STATUS_LABELS[e.to] : e.to} (
            {e.actor}){e.note ? `: ${e.note}` : ''}
          </li>
        ))}
      </ol>
    </>
  );
}
