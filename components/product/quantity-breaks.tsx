import type { Template } from '@/lib/templates/schema';

/** "Buy 10 or more: 10 % off" lines, when the template has quantity breaks. */
export function QuantityBreaks({ template }: { template: Template }) {
  const breaks = template.pricing.quantityBreaks;
  if (breaks.length === 0) return null;
  return (
    <ul className="facts" aria-label="Quantity discounts">
      {breaks.map((b) => (
        <li key={b.minQuantity}>
          {b.minQuantity}+ items: {b.discountBasisPoints / 100} % off
        </li>
      ))}
    </ul>
  );
}
