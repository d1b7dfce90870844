import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderTotals } from '@/components/studio/order-totals';
import { OrdersFilterForm } from '@/components/studio/orders-filter-form';
import s from '@/components/studio/admin.module.css';
import { Pager, pageSummary } from '@/components/ui/pager';
import { STUDIO } from '@/lib/auth/roles';
import { formatMoney } from '@/lib/money';
import { ordersQueryString, parseOrdersQuery, type OrdersQuery } from '@/lib/orders/orders-filter';
import { STATUS_LABELS } from '@/lib/orders/status';
import { requireRole } from '@/lib/server/auth/guard';
import { listStudioOrders, productChoices } from '@/lib/server/studio/orders-report';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Orders', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StudioOrdersPage({ searchParams }: Props) {
  const { errors, ...query } = parseOrdersQuery(await searchParams);
  const sort = query.sort ?? 'newest';
  const link = (q: Partial<OrdersQuery>) =>
    `/studio/orders${ordersQueryString({ filter: query.filter, ...(query.sort ? { sort } : {}), ...q })}`;
  await requireRole(STUDIO, link({ after: query.after, before: query.before }));
  const [result, products] = await Promise.all([listStudioOrders(query), productChoices()]);
  return (
    <>
      <h1>Orders</h1>
      <p className="lede">
        Every order placed in the shop. Filter them, see the totals, export them for your books.
      </p>
      <OrdersFilterForm filter={query.filter} sort={sort} errors={errors} products={products} />

      <div className={s.toolbar}>
        <h2 id="totals">Totals</h2>
        <a
          href={`/api/studio/orders.csv${ordersQueryString({ filter: query.filter })}`}
          className="button-link"
          download
        >
          Download CSV
        </a>
      </div>
      {result.count === 0 ? <p>No orders match these filters.</p> : <OrderTotals totals={result.totals} />}

      {result.count > 0 && (
        <>
          <div className={s.toolbar}>
            <h2>Matching orders</h2>
            <p className="muted" role="status">
              {pageSummary(result.offset, result.rows.length, result.count, 'order')}
            </p>
          </div>
          <div className="table-scroll">
            <table aria-label="Orders">
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Placed (UTC)</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Products</th>
                  <th scope="col" className={s.numeric}>
                    Items
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col" className={s.numeric}>
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((o) => (
                  <tr key={o.number}>
                    <td>
                      <Link href={`/studio/orders/${o.number}`}>{o.number}</Link>
                    </td>
                    <td>{o.createdAt.replace('T', ' ').slice(0, 16)}</td>
                    <td>{o.email}</td>
                    <td>{o.products.join(', ')}</td>
                    <td className={s.numeric}>{o.items}</td>
                    <td>{STATUS_LABELS[o.status]}</td>
                    <td className={s.numeric}>{formatMoney(o.totalMinor, o.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            first={result.previous ? link({}) : undefined}
            previous={result.previous ? link({ before: result.previous }) : undefined}
            next={result.next ? link({ after: result.next }) : undefined}
          />
        </>
      )}
    </>
  );
}
