// The price of a design: labelled lines in integer minor units. The configurator shows it live
// and the server recomputes it for orders, with this same function.
import type { Design, Layer } from '../design/schema';
import type { Template } from '../templates/schema';

export type QuoteLineKind = 'base' | 'size' | 'option' | 'zone' | 'characters' | 'images' | 'quantity-break' | 'setup';

export type QuoteLine = {
  kind: QuoteLineKind;
  label: string;
  /** Per item, for lines that scale with the quantity; absent for once-per-order lines. */
  unitMinor?: number;
  /** What the line adds to (or, for discounts, takes from) the order total. */
  amountMinor: number;
};

export type Quote = {
  currency: string;
  quantity: number;
  unitPriceMinor: number;
  lines: QuoteLine[];
  totalMinor: number;
};

export const MAX_QUANTITY = 10_000;

/** Characters that are charged: every Unicode character except white space. */
export function chargedCharacters(text: string): number {
  return Array.from(text.replace(/\s/gu, '')).length;
}

/** A layer that will actually be produced (empty text costs nothing). */
function isProduced(layer: Layer): boolean {
  return layer.kind === 'image' || chargedCharacters(layer.text) > 0;
}

/**
 * Quote for `quantity` items of a design. Item-level lines scale with the quantity; the
 * quantity break discounts them (rounded half up to a whole minor unit); setup fees are
 * charged once per order and are not discounted.
 */
export function quote(template: Template, design: Design, quantity: number): Quote {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    throw new RangeError(`Quantity must be a whole number from 1 to ${MAX_QUANTITY}`);
  }
  const perItem: QuoteLine[] = [];
  const item = (kind: QuoteLineKind, label: string, unitMinor: number) => {
    if (unitMinor !== 0 || kind === 'base') perItem.push({ kind, label, unitMinor, amountMinor: unitMinor * quantity });
  };

  item('base', template.name, template.pricing.basePriceMinor);
  const variant = template.sizes.variants.find((v) => v.id === design.variantId);
  if (!variant) throw new Error(`Unknown size "${design.variantId}"`);
  item('size', `${template.sizes.label}: ${variant.label}`, variant.priceDeltaMinor);

  for (const option of template.options) {
    const choiceId = design.selection[option.id] ?? option.defaultChoice;
    const choice = option.choices.find((c) => c.id === choiceId);
    if (!choice) throw new Error(`Unknown choice "${choiceId}" for ${option.name}`);
    item('option', `${option.name}: ${choice.name}`, choice.priceDeltaMinor);
  }

  const setup: QuoteLine[] = [];
  for (const zone of template.zones) {
    const layers = (design.zones[zone.id]?.layers ?? []).filter(isProduced);
    const price = template.pricing.zones.find((p) => p.zone === zone.id);
    if (layers.length === 0 || !price) continue;
    const characters = layers.reduce((n, l) => n + (l.kind === 'text' ? chargedCharacters(l.text) : 0), 0);
    const images = layers.filter((l) => l.kind === 'image').length;
    item('zone', zone.name, price.perZoneMinor);
    item('characters', `${zone.name}: ${characters} character${characters === 1 ? '' : 's'}`, characters * price.perCharacterMinor);
    item('images', `${zone.name}: ${images} image${images === 1 ? '' : 's'}`, images * price.perImageMinor);
    if (price.setupFeeMinor > 0) setup.push({ kind: 'setup', label: `${zone.name}: setup`, amountMinor: price.setupFeeMinor });
  }

  const unitPriceMinor = perItem.reduce((sum, line) => sum + (line.unitMinor ?? 0), 0);
  const itemsMinor = unitPriceMinor * quantity;
  const lines = [...perItem];
  const applicable = template.pricing.quantityBreaks.filter((b) => quantity >= b.minQuantity).at(-1);
  if (applicable) {
    const discount = Math.floor((itemsMinor * applicable.discountBasisPoints + 5000) / 10000);
    lines.push({ kind: 'quantity-break', label: `${applicable.minQuantity}+ items: ${applicable.discountBasisPoints / 100} % off`, amountMinor: -discount });
  }
  lines.push(...setup);
  return { currency: template.currency, quantity, unitPriceMinor, lines, totalMinor: lines.reduce((sum, l) => sum + l.amountMinor, 0) };
}
