'use client';
import { useDraft } from '../editor/draft-context';
import { NumberField } from '../fields/number-field';
import { PercentField } from '../fields/percent-field';
import b from '../studio.module.css';

/** Discounts from a quantity up, smallest quantity first. */
export function QuantityBreaks() {
  const breaks = useDraft((st) => st.doc.pricing.quantityBreaks);
  const change = useDraft((st) => st.change);
  const set = (next: typeof breaks) =>
    change((d) => ({ ...d, pricing: { ...d.pricing, quantityBreaks: next } }));
  return (
    <>
      {breaks.length === 0 && (
        <p className={b.muted} style={{ margin: 0 }}>
          No quantity discounts.
        </p>
      )}
      {breaks.map((qb, i) => (
        <div
          key={i}
          className={b.grid}
          style={{ alignItems: 'end' }}
          role="group"
          aria-label={`Discount ${i + 1}`}
        >
          <NumberField
            path={['pricing', 'quantityBreaks', i, 'minQuantity']}
            label="From quantity"
            unit="items"
            integer
          />
          <PercentField path={['pricing', 'quantityBreaks', i, 'discountBasisPoints']} label="Discount" />
          <div>
            <button
              type="button"
              className={b.danger}
              onClick={() => set(breaks.filter((_, k) => k !== i))}
              aria-label={`Remove the discount from ${qb.minQuantity}`}
            >
              Remove
            </button>
          </div>
        </div>
      ))}
      <div>
        <button
          type="button"
          className={b.small}
          onClick={() => {
            const last = breaks.at(-1);
            set([
              ...breaks,
              {
                minQuantity: last ? last.minQuantity * 2 : 10,
                discountBasisPoints: last ? Math.min(9000, last.discountBasisPoints + 500) : 500,
              },
            ]);
          }}
        >
          Add quantity discount
        </button>
      </div>
    </>
  );
}
