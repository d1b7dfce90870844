import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderTotals } from '@/components/studio/order-totals';
import { OrdersFilterForm } from '@/components/studio/orders-filter-form';
import s from '@/components/studio/admin.module.css';
import { STUDIO } from '@/lib/auth/roles';
import { formatMoney } from '@/lib/money';
import { ORDERS_PAGE_SIZE, ordersFilterQuery, parseOrdersFilter } from '@/lib/orders/orders-filter';
import { STATUS_LABELS } from '@/lib/orders/status';
import { requireRole } from '@/lib/server/auth/guard';
import { listStudioOrders, productChoices } from '@/lib/server/studio/orders-report';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Orders', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StudioOrdersPage({ searchParams }: Props) {
  const params = await searchParams;
  const { filter, page, errors } = parseOrdersFilter(params);
  await requireRole(STUDIO, `/studio/orders${ordersFilterQuery(filter, page)}`);
  const [result, products] = await Promise.all([listStudioOrders(filter, page), productChoices()]);
  const first = (result.page - 1) * ORDERS_PAGE_SIZE + 1;
  const last = first + result.rows.length - 1;
  return (
    <>
      <h1>Orders</h1>
      <p className="lede">Every order placed in the shop. Filter them, see the totals, export them for your books.</p>
      <OrdersFilterForm filter={filter} errors={errors} products={products} />

      <div className={s.toolbar}>
        <h2 id="totals">Totals</h2>
        <a href={`/api/studio/orders.csv${ordersFilterQuery(filter)}`} className="button-link" download>
          Download CSV
        </a>
      </div>
      {result.count === 0 ? <p>No orders match these filters.</p> : <OrderTotals totals={result.totals} />}

      {result.count > 0 && (
        <>
          <div className={s.toolbar}>
            <h2>Matching orders</h2>
            <p className="muted" role="status">
              {result.count === 1 ? '1 order' : `${first}–${last} of ${result.count} orders`}
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
          {result.pageCount > 1 && (
            <nav className={s.pager} aria-label="Pages">
              {result.page > 1 && <Link href={`/studio/orders${ordersFilterQuery(filter, result.page - 1)}`}>Previous page</Link>}
              <span>
                Page {result.page} of {result.pageCount}
              </span>
              {result.page < result.pageCount && <Link href={`/studio/orders${ordersFilterQuery(filter, result.page + 1)}`}>Next page</Link>}
            </nav>
          )}
        </>
      )}
    </>
  );
}
