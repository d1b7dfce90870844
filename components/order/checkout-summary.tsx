import { formatMoney } from '@/lib/money';
import s from './order.module.css';

export type SummaryItem = { name: string; quantity: number; totalMinor: number };

type Props = { items: SummaryItem[]; currency: string; shippingLabel: string; shippingMinor: number; totalMinor: number };

/** The final summary the shopper confirms: every line, shipping and the total the server must agree with. */
export function CheckoutSummary({ items, currency, shippingLabel, shippingMinor, totalMinor }: Props) {
  const money = (minor: number) => formatMoney(minor, currency);
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <table className={s.lines} aria-label="Order summary">
        <tbody>
          {items.map((item, i) => (
            <tr key={i}>
              <th scope="row">
                {item.quantity} × {item.name}
              </th>
              <td>{money(item.totalMinor)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{shippingLabel}</th>
            <td>{money(shippingMinor)}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>
              <output aria-label="Order total">{money(totalMinor)}</output>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
