import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DesignSummary } from '@/components/design/design-summary';
import { StatusActions } from '@/components/maker/status-actions';
import { DesignPicture } from '@/components/order/design-picture';
import s from '@/components/order/order.module.css';
import { SHIPPING_METHODS } from '@/lib/checkout/shipping';
import { STATUS_LABELS, isOrderStatus } from '@/lib/orders/status';
import { lineFileNames } from '@/lib/spec/bundle';
import { previewImages } from '@/lib/server/designs';
import { serverFontLibrary } from '@/lib/server/fonts';
import { requireMaker } from '@/lib/server/maker/session';
import { getOrderForMaker } from '@/lib/server/orders/get-order';
import { PostalAddress } from '@/components/order/postal-address';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Order for production', robots: { index: false } };

type Props = { params: Promise<{ number: string }> };

export default async function MakerOrderPage({ params }: Props) {
  await requireMaker();
  const order = await getOrderForMaker((await params).number);
  if (!order) notFound();
  const fonts = await serverFontLibrary();
  const files = (name: string) => `/api/maker/orders/${order.number}/files/${encodeURIComponent(name)}`;
  return (
    <>
      <p className="breadcrumbs">
        <Link href="/maker">Production queue</Link> / {order.number}
      </p>
      <h1>Order {order.number}</h1>
      <p className="lede" role="status">
        {STATUS_LABELS[order.status]}
        {order.trackingReference ? `, tracking ${order.trackingReference}` : ''}
      </p>
      <p>
        <a className={s.button} href={`/api/maker/orders/${order.number}/zip`} download>
          Download everything (ZIP)
        </a>
      </p>
      <StatusActions number={order.number} status={order.status} />
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
              <DesignPicture
                template={line.version.template}
                design={line.design}
                fonts={fonts}
                images={previewImages(line.uploads)}
              />
              <div>
                <h2>
                  Line {source.position}: {line.quantity} × {line.version.template.name}
                </h2>
                <p className="muted">Template version {line.version.version}</p>
                <DesignSummary template={line.version.template} design={line.design} />
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
            {e.actor})
          </li>
        ))}
      </ol>
    </>
  );
}
