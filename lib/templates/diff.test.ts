import { describe, expect, it } from 'vitest';
import { seedCatalogue } from './catalogue';
import { describePath, diffTemplates } from './diff';
import type { Template } from './schema';

const tee = (): Template => structuredClone(seedCatalogue()[2]!);
const texts = (before: unknown, after: unknown) => diffTemplates(before, after).map((c) => c.text);

describe('diffTemplates', () => {
  it('finds nothing between equal documents', () => {
    expect(diffTemplates(tee(), tee())).toEqual([]);
  });

  it('names a price change with its section, label and currency', () => {
    const after = tee();
    after.pricing.basePriceMinor = 2900;
    const before = tee();
    before.pricing.basePriceMinor = 2400;
    expect(diffTemplates(before, after)).toEqual([
      {
        kind: 'changed',
        where: ['Pricing', 'Base price'],
        from: '24.00',
        to: '29.00',
        text: 'Pricing › Base price: 24.00 → 29.00 USD',
      },
    ]);
  });

  it('matches list items by id, not position: a reordered, renamed zone is one change plus the order', () => {
    const before = tee();
    const after = tee();
    after.zones.reverse();
    after.zones[1]!.name = 'Chest print';
    expect(texts(before, after)).toEqual([
      'Zones › Chest print › Name: Front print → Chest print',
      'Zones: order Front print, Back print → Back print, Chest print',
    ]);
  });

  it('reports added and removed items by name', () => {
    const before = tee();
    const after = tee();
    after.options[0]!.choices = after.options[0]!.choices.filter((c) => c.id !== 'navy');
    after.options[0]!.choices.push({
      id: 'forest',
      name: 'Forest green',
      swatch: { hex: '#1f4d2b', roughness: 0.9, metalness: 0, texture: 'cotton-jersey', transmission: 0 },
      priceDeltaMinor: 150,
    });
    after.zones = after.zones.filter((z) => z.id !== 'back');
    after.pricing.zones = after.pricing.zones.filter((z) => z.zone !== 'back');
    expect(texts(before, after)).toEqual([
      'Options › Shirt colour › Choices: removed “Navy”',
      'Options › Shirt colour › Choices: added “Forest green”',
      'Zones: removed “Back print”',
      'Pricing › Zone charges: removed “Back print”',
    ]);
  });

  it('labels measurements, swatches, fonts, discounts and defaults the way a brand reads them', () => {
    const before = tee();
    const after = tee();
    after.sizes.variants[1]!.measurements.chestWidthMm = 510;
    after.options[0]!.choices[3]!.swatch.hex = '#1f2a48';
    after.zones[0]!.fonts = after.zones[0]!.fonts.filter((f) => f !== 'pacifico');
    after.zones[0]!.rect.widthMm = 300;
    after.pricing.quantityBreaks[0]!.discountBasisPoints = 1500;
    after.options[0]!.defaultChoice = 'black';
    after.sizes.defaultVariant = 'l';
    expect(texts(before, after)).toEqual([
      'Sizes › Default size: M → L',
      'Sizes › M › Measurements › Chest width, laid flat: 508 → 510 mm',
      'Options › Shirt colour › Default choice: White → Black',
      'Options › Shirt colour › Choices › Navy › Swatch › Colour: #232b45 → #1f2a48',
      'Zones › Front print › Position and size › Width: 304.8 → 300 mm',
      'Zones › Front print › Fonts: removed Pacifico',
      'Pricing › Quantity breaks › From 10 › Discount: 10 → 15 %',
    ]);
  });

  it('copes with drafts that are not valid templates', () => {
    expect(texts({ name: 'A', pricing: { basePriceMinor: 'x' } }, { name: 'B', pricing: {} })).toEqual([
      'Name: A → B',
      'Pricing › Base price: x → —',
    ]);
  });
});

describe('describePath', () => {
  it('says where a validation issue points', () => {
    expect(describePath(['zones', 0, 'rect', 'widthMm'], tee())).toBe(
      'Zones › Front print › Position and size › Width',
    );
    expect(describePath(['sizes', 'variants', 4, 'measurements', 'bodyLengthMm'], tee())).toBe(
      'Sizes › XXL › Measurements › Body length from high point shoulder',
    );
    expect(describePath(['pricing', 'zones', 1, 'perZoneMinor'], tee())).toBe(
      'Pricing › Zone charges › Back print › When used',
    );
  });
});
