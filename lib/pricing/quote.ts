// The price of a design: labelled lines in integer minor units. The configurator shows it live
// and the server recomputes it for orders, with this same function.
import type { Design, Layer } from '../design/schema';
import { NO_CHARGES, type LayerCharges } from '../layers/kind';
import { layerKind } from '../layers/registry';
import { chargedCharacters } from '../layers/text/characters';
import type { Template } from '../templates/schema';

export type QuoteLineKind =
  | 'base'
  | 'size'
  | 'option'
  | 'zone'
  | 'characters'
  | 'images'
  | 'shapes'
  | 'clipart'
  | 'monograms'
  | 'quantity-break'
  | 'setup';

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

export { chargedCharacters };

/** What the zone's produced layers are charged as (empty text is not produced and costs nothing). */
function zoneCharges(layers: Layer[]): LayerCharges | undefined {
  const charged = layers.flatMap((layer) => layerKind(layer).charges(layer) ?? []);
  if (charged.length === 0) return undefined;
  return charged.reduce(
    (sum, c) => ({
      characters: sum.characters + c.characters,
      images: sum.images + c.images,
      shapes: sum.shapes + c.shapes,
      clipart: (sum.clipart ?? 0) + (c.clipart ?? 0),
      monograms: (sum.monograms ?? 0) + (c.monograms ?? 0),
    }),
    NO_CHARGES,
  );
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
    if (unitMinor !== 0 || kind === 'base')
      perItem.push({ kind, label, unitMinor, amountMinor: unitMinor * quantity });
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
    const charges = zoneCharges(design.zones[zone.id]?.layers ?? []);
    const price = template.pricing.zones.find((p) => p.zone === zone.id);
    if (!charges || !price) continue;
    const { characters, images, shapes, clipart = 0, monograms = 0 } = charges;
    item('zone', zone.name, price.perZoneMinor);
    item(
      'characters',
      `${zone.name}: ${characters} character${characters === 1 ? '' : 's'}`,
      characters * price.perCharacterMinor,
    );
    item('images', `${zone.name}: ${images} image${images === 1 ? '' : 's'}`, images * price.perImageMinor);
    item(
      'shapes',
      `${zone.name}: ${shapes} shape${shapes === 1 ? '' : 's'}`,
      shapes * (price.perShapeMinor ?? 0),
    );
    item('clipart', `${zone.name}: ${clipart} clipart`, clipart * (price.perClipartMinor ?? 0));
    item(
      'monograms',
      `${zone.name}: ${monograms} monogram${monograms === 1 ? '' : 's'}`,
      monograms * (price.perMonogramMinor ?? 0),
    );
    if (price.setupFeeMinor > 0)
      setup.push({ kind: 'setup', label: `${zone.name}: setup`, amountMinor: price.setupFeeMinor });
  }

  const unitPriceMinor = perItem.reduce((sum, line) => sum + (line.unitMinor ?? 0), 0);
  const itemsMinor = unitPriceMinor * quantity;
  const lines = [...perItem];
  const applicable = template.pricing.quantityBreaks.filter((b) => quantity >= b.minQuantity).at(-1);
  if (applicable) {
    const discount = Math.floor((itemsMinor * applicable.discountBasisPoints + 5000) / 10000);
    lines.push({
      kind: 'quantity-break',
      label: `${applicable.minQuantity}+ items: ${applicable.discountBasisPoints / 100} % off`,
      amountMinor: -discount,
    });
  }
  lines.push(...setup);
  return {
    currency: template.currency,
    quantity,
    unitPriceMinor,
    lines,
    totalMinor: lines.reduce((sum, l) => sum + l.amountMinor, 0),
  };
}
