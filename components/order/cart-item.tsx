import Link from 'next/link';
import { DesignSummary } from '@/components/design/design-summary';
import type { PricedItem } from '@/lib/server/orders/price-items';
import { CartItemControls } from './cart-item-controls';
import { DesignPicture } from './design-picture';
import { QuoteTable } from './quote-table';
import s from './order.module.css';

/** One cart item: picture, choices, price lines (or why it cannot be ordered) and its controls. */
export function CartItem({ item }: { item: PricedItem }) {
  const name = item.version?.template.name ?? 'Unknown design';
  return (
    <li className={s.item} aria-label={name}>
      <div>
        {item.version && item.design && (
          <DesignPicture template={item.version.template} design={item.design} uploads={item.uploads} />
        )}
      </div>
      <div>
        <h2>{name}</h2>
        <p className="muted">
          Design <Link href={`/d/${item.designId}`}>{item.designId}</Link>
        </p>
        {item.problem && (
          <p className={s.problem} role="alert">
            {item.problem}
          </p>
        )}
        {item.version && item.design && (
          <DesignSummary template={item.version.template} design={item.design} />
        )}
        {item.quote && <QuoteTable quote={item.quote} label={`Price of ${name}`} />}
        {item.itemId && (
          <CartItemControls key={item.quantity} itemId={item.itemId} quantity={item.quantity} name={name} />
        )}
      </div>
    </li>
  );
}
