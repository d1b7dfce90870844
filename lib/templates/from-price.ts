// The "from" price in the catalogue: the cheapest way to buy one undecorated item.
import type { Template } from './schema';
import { allowedSelections } from './selection';

/** Lowest price in minor units for one item: base + cheapest size + cheapest allowed options. */
export function fromPriceMinor(template: Template): number {
  const cheapestSize = Math.min(...template.sizes.variants.map((v) => v.priceDeltaMinor));
  const optionCosts = allowedSelections(template).map((selection) =>
    template.options.reduce((sum, option) => sum + (option.choices.find((c) => c.id === selection[option.id])?.priceDeltaMinor ?? 0), 0),
  );
  // Validation keeps the default choices allowed, so there is always at least one selection.
  return template.pricing.basePriceMinor + cheapestSize + Math.min(...optionCosts);
}
