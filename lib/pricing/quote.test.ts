import { describe, expect, it } from 'vitest';
import { newDesign, newTextLayer } from '../design/defaults';
import type { Design } from '../design/schema';
import { seedCatalogue } from '../templates/catalogue';
import type { Template } from '../templates/schema';
import { chargedCharacters, quote } from './quote';

const [phoneCase, mug, tee, jeans] = seedCatalogue() as [Template, Template, Template, Template];
const image = (id: string) => ({ id, kind: 'image' as const, uploadId: 'a'.repeat(64), widthMm: 50, xMm: 30, yMm: 30, rotationDeg: 0 });

function withLayers(template: Template, zones: Design['zones'], patch: Partial<Design> = {}): Design {
  return { ...newDesign(template), zones, ...patch };
}

describe('quote', () => {
  it('charges the base price alone for an undecorated default item', () => {
    const q = quote(mug, newDesign(mug), 1);
    expect(q.lines).toEqual([{ kind: 'base', label: 'Ceramic Mug, 11 oz', unitMinor: 1295, amountMinor: 1295 }]);
    expect(q).toMatchObject({ currency: 'GBP', unitPriceMinor: 1295, totalMinor: 1295 });
  });

  it('adds size and option deltas as labelled lines', () => {
    const design = withLayers(jeans, {}, { variantId: 'w40-l34', selection: { wash: 'light-bleach', hardware: 'silver' } });
    const q = quote(jeans, design, 1);
    expect(q.lines.map((l) => [l.kind, l.label, l.amountMinor])).toEqual([
      ['base', "Men's Five-Pocket Jeans", 8900],
      ['size', 'Waist x length: W40 L34', 500],
      ['option', 'Wash: Light bleach', 500],
    ]);
    expect(q.totalMinor).toBe(9900);
  });

  it('charges a zone once used, per character (not counting spaces) and per image', () => {
    const pocket = jeans.zones[0]!;
    const design = withLayers(jeans, { [pocket.id]: { layers: [newTextLayer(pocket, 't1', 'A. B')] } });
    const q = quote(jeans, design, 1);
    expect(q.lines.slice(1)).toEqual([
      { kind: 'zone', label: 'Back pocket embroidery', unitMinor: 800, amountMinor: 800 },
      { kind: 'characters', label: 'Back pocket embroidery: 3 characters', unitMinor: 150, amountMinor: 150 },
    ]);
    expect(q.totalMinor).toBe(8900 + 800 + 150);

    const back = tee.zones[1]!;
    const both = withLayers(tee, { back: { layers: [image('i1'), image('i2'), newTextLayer(back, 't1', '   ')] } });
    expect(quote(tee, both, 1).lines.slice(1).map((l) => [l.label, l.amountMinor])).toEqual([
      ['Back print', 500],
      ['Back print: 2 images', 600],
    ]);
  });

  it('ignores empty text layers and empty zones', () => {
    const zone = phoneCase.zones[0]!;
    expect(quote(phoneCase, withLayers(phoneCase, { back: { layers: [newTextLayer(zone, 't1', '')] } }), 1).totalMinor).toBe(2490);
  });

  it('multiplies per-item lines by the quantity and applies the largest quantity break reached', () => {
    const design = withLayers(mug, { wrap: { layers: [image('i1')] } });
    expect(quote(mug, design, 5).totalMinor).toBe(5 * 1495);
    const six = quote(mug, design, 6);
    expect(six.lines.at(-1)).toEqual({ kind: 'quantity-break', label: '6+ items: 10 % off', amountMinor: -897 });
    expect(six.totalMinor).toBe(6 * 1495 - 897);
    expect(quote(mug, design, 12).lines.at(-1)?.label).toBe('12+ items: 15 % off');
    expect(quote(mug, design, 36).totalMinor).toBe(36 * 1495 - Math.round(36 * 1495 * 0.2));
  });

  it('rounds a discount half up to a whole minor unit', () => {
    // 3 x 8925 = 26775; 5 % = 1338.75 -> 1339. 1 x ... exact halves: 9 x 8950 = 80550; 5 % = 4027.5 -> 4028.
    const odd: Template = { ...jeans, pricing: { ...jeans.pricing, basePriceMinor: 8925 } };
    expect(quote(odd, newDesign(odd), 3).lines.at(-1)?.amountMinor).toBe(-1339);
    const half: Template = { ...jeans, pricing: { ...jeans.pricing, basePriceMinor: 8950 } };
    expect(quote(half, newDesign(half), 9).lines.at(-1)?.amountMinor).toBe(-4028);
  });

  it('charges setup fees once per order, after the discount', () => {
    const withSetup: Template = {
      ...mug,
      pricing: { ...mug.pricing, zones: [{ zone: 'wrap', perZoneMinor: 0, perCharacterMinor: 0, perImageMinor: 200, setupFeeMinor: 1500 }] },
    };
    const q = quote(withSetup, withLayers(withSetup, { wrap: { layers: [image('i1')] } }), 6);
    expect(q.lines.slice(-2)).toEqual([
      { kind: 'quantity-break', label: '6+ items: 10 % off', amountMinor: -897 },
      { kind: 'setup', label: 'Wrap-around print: setup', amountMinor: 1500 },
    ]);
    expect(q.totalMinor).toBe(6 * 1495 - 897 + 1500);
    expect(q.unitPriceMinor).toBe(1495);
  });

  it('refuses impossible quantities and unknown choices', () => {
    expect(() => quote(mug, newDesign(mug), 0)).toThrow(/Quantity/);
    expect(() => quote(mug, newDesign(mug), 1.5)).toThrow(/Quantity/);
    expect(() => quote(mug, { ...newDesign(mug), variantId: 'xl' }, 1)).toThrow(/Unknown size/);
    expect(() => quote(mug, { ...newDesign(mug), selection: { inside: 'gold' } }, 1)).toThrow(/Unknown choice/);
  });

  it('counts characters as people see them', () => {
    expect(chargedCharacters('Zoë & Jo\n2025')).toBe(10);
    expect(chargedCharacters('👍🏽')).toBe(2);
  });
});
