import Link from 'next/link';
import o from '@/components/order/order.module.css';
import { QUEUE_FILTERS, type QueueFilter } from '@/lib/orders/maker-schema';
import { ordersQueryString, type FilterErrors, type OrderSort } from '@/lib/orders/orders-filter';
import type { OrderStatus } from '@/lib/orders/status';
import s from './maker.module.css';

export const QUEUE_LABELS: Record<QueueFilter, string> = {
  placed: 'Waiting',
  in_production: 'In production',
  shipped: 'Shipped',
  cancelled: 'Cancelled',
  all: 'All',
};

/** The queue's URL for a tab, search and order (always from the first page). */
export function queueHref(tab: QueueFilter, q: string | undefined, sort: OrderSort): string {
  return `/maker${ordersQueryString({ filter: q ? { q } : {}, sort }, { status: tab })}`;
}

type Props = {
  tab: QueueFilter;
  q: string | undefined;
  sort: OrderSort;
  counts: Record<OrderStatus | 'all', number>;
  errors: FilterErrors;
};

/** Status tabs with the number of orders in each (for the current search), and the search form. */
export function QueueControls({ tab, q, sort, counts, errors }: Props) {
  return (
    <>
      <nav aria-label="Filter orders by status">
        <ul className={s.tabs}>
          {QUEUE_FILTERS.map((f) => (
            <li key={f}>
              <Link href={queueHref(f, q, sort)} aria-current={f === tab ? 'page' : undefined}>
                {QUEUE_LABELS[f]}
                <span className={s.count}>{counts[f]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/maker" role="search" aria-label="Search orders" className={s.search}>
        <input type="hidden" name="status" value={tab} />
        <input type="hidden" name="sort" value={sort} />
        <div className={o.field}>
          <label htmlFor="queue-q">Order number or e-mail</label>
          <input
            id="queue-q"
            name="q"
            type="search"
            defaultValue={errors.q ? undefined : q}
            placeholder="OK-7K4P or ada@"
            {...(errors.q ? { 'aria-invalid': true, 'aria-describedby': 'queue-q-error' } : {})}
          />
          {errors.q && (
            <p id="queue-q-error" className={o.fieldError}>
              {errors.q}
            </p>
          )}
        </div>
        <button type="submit" className={o.button}>
          Search
        </button>
        {q && <Link href={queueHref(tab, undefined, sort)}>Clear search</Link>}
      </form>
    </>
  );
}

/** "Oldest first" / "Newest first", keeping the tab and the search. */
export function SortLinks({ tab, q, sort }: { tab: QueueFilter; q: string | undefined; sort: OrderSort }) {
  const options: Array<[OrderSort, string]> = [
    ['oldest', 'Oldest first'],
    ['newest', 'Newest first'],
  ];
  return (
    <p className={s.sort} aria-label="Order">
      {options.map(([value, label]) => (
        <Link key={value} href={queueHref(tab, q, value)} aria-current={value === sort ? 'true' : undefined}>
          {label}
        </Link>
      ))}
    </p>
  );
}
