import { formatCmAndInches } from '@/lib/units';
import { measurementLabel } from '@/lib/templates/measurements';
import type { Template } from '@/lib/templates/schema';
import { formatMoney } from '@/lib/money';

/** Every size with its graded points of measure (cm and inches). */
export function SizeTable({ template }: { template: Template }) {
  const { variants, label } = template.sizes;
  const keys = [...new Set(variants.flatMap((v) => Object.keys(v.measurements)))];
  if (keys.length === 0) return <p>{variants.map((v) => v.label).join(', ')}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="muted">Finished garment measurements ({label.toLowerCase()})</caption>
        <thead>
          <tr>
            <th scope="col">{label}</th>
            {keys.map((key) => (
              <th scope="col" key={key}>
                {measurementLabel(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {variants.map((v) => (
            <tr key={v.id}>
              <th scope="row">
                {v.label}
                {v.priceDeltaMinor !== 0 && <span className="delta"> +{formatMoney(v.priceDeltaMinor, template.currency)}</span>}
              </th>
              {keys.map((key) => (
                <td key={key}>{v.measurements[key] === undefined ? '—' : formatCmAndInches(v.measurements[key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
