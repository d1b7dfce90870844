import Link from 'next/link';
import o from '@/components/order/order.module.css';
import type { FilterErrors, OrdersFilter, OrderSort } from '@/lib/orders/orders-filter';
import { ORDER_STATUSES, STATUS_LABELS } from '@/lib/orders/status';
import s from './admin.module.css';

type Props = {
  filter: OrdersFilter;
  sort: OrderSort;
  errors: FilterErrors;
  products: Array<{ slug: string; name: string }>;
};

/** The orders filter as a plain GET form: the URL holds the filter, so it can be bookmarked and shared. */
export function OrdersFilterForm({ filter, sort, errors, products }: Props) {
  const error = (field: keyof OrdersFilter) =>
    errors[field] ? (
      <p id={`filter-${field}-error`} className={o.fieldError}>
        {errors[field]}
      </p>
    ) : null;
  const described = (field: keyof OrdersFilter) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `filter-${field}-error` } : {};
  return (
    <form method="get" action="/studio/orders" className={s.filters} aria-label="Filter orders">
      <div className={`${o.field} ${s.wide}`}>
        <label htmlFor="filter-q">Order number or e-mail</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={errors.q ? undefined : filter.q}
          placeholder="OK-7K4P or ada@"
          {...described('q')}
        />
        {error('q')}
      </div>
      <div className={o.field}>
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ''} {...described('status')}>
          <option value="">Any status</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        {error('status')}
      </div>
      <div className={o.field}>
        <label htmlFor="filter-product">Product</label>
        <select
          id="filter-product"
          name="product"
          defaultValue={filter.product ?? ''}
          {...described('product')}
        >
          <option value="">Any product</option>
          {products.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
        {error('product')}
      </div>
      <div className={o.field}>
        <label htmlFor="filter-from">Placed from (UTC)</label>
        <input id="filter-from" name="from" type="date" defaultValue={filter.from} {...described('from')} />
        {error('from')}
      </div>
      <div className={o.field}>
        <label htmlFor="filter-to">Placed until (UTC)</label>
        <input id="filter-to" name="to" type="date" defaultValue={filter.to} {...described('to')} />
        {error('to')}
      </div>
      <div className={o.field}>
        <label htmlFor="filter-sort">Order</label>
        <select id="filter-sort" name="sort" defaultValue={sort}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </div>
      <div className={s.actions}>
        <button type="submit" className={o.button}>
          Apply filters
        </button>
        <Link href="/studio/orders">Clear</Link>
      </div>
    </form>
  );
}
