import { formatMoney } from '@/lib/money';
import type { Quote } from '@/lib/pricing/quote';
import s from './order.module.css';

/** A quote's labelled lines and its total. */
export function QuoteTable({ quote, label }: { quote: Quote; label: string }) {
  const money = (minor: number) => formatMoney(minor, quote.currency);
  return (
    <table className={s.lines} aria-label={label}>
      <tbody>
        {quote.lines.map((line, i) => (
          <tr key={`${line.kind}-${i}`}>
            <th scope="row">
              {line.label}
              {line.unitMinor !== undefined && quote.quantity > 1 && ` (${quote.quantity} × ${money(line.unitMinor)})`}
            </th>
            <td>{money(line.amountMinor)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Line total</th>
          <td>{money(quote.totalMinor)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
