import { formatMoney } from '@/lib/money';
import type { CurrencyTotals } from '@/lib/server/studio/orders-report';
import s from './admin.module.css';

/** Count and sums of the filtered orders, one row per currency (amounts in different currencies never add up). */
export function OrderTotals({ totals }: { totals: CurrencyTotals[] }) {
  if (totals.length === 0) return null;
  return (
    <div className="table-scroll">
      <table aria-label="Totals">
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col" className={s.numeric}>
              Orders
            </th>
            <th scope="col" className={s.numeric}>
              Products
            </th>
            <th scope="col" className={s.numeric}>
              Shipping
            </th>
            <th scope="col" className={s.numeric}>
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.map((t) => (
            <tr key={t.currency}>
              <th scope="row">{t.currency}</th>
              <td className={s.numeric}>{t.orders}</td>
              <td className={s.numeric}>{formatMoney(t.subtotalMinor, t.currency)}</td>
              <td className={s.numeric}>{formatMoney(t.shippingMinor, t.currency)}</td>
              <td className={s.numeric}>
                <strong>{formatMoney(t.totalMinor, t.currency)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
