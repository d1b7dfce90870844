import { describe, expect, it } from 'vitest';
import { fromPriceMinor } from '../from-price';
import { seedCatalogue } from '.';

const catalogue = seedCatalogue();

// What every kind's reference product must be is the kind contract (lib/kinds/contract.test.ts);
// each one's own figures are tested in its kind's folder.
describe('seed catalogue', () => {
  it('holds six valid products with unique slugs', () => {
    expect(catalogue.map((t) => t.slug)).toEqual([
      'iphone-17-case',
      'ceramic-mug-11oz',
      'heavy-cotton-tee',
      'five-pocket-jeans',
      'stainless-water-bottle-750',
      'a5-hardcover-notebook',
    ]);
  });

  it('prices each product from its cheapest allowed configuration', () => {
    expect(catalogue.map((t) => [t.slug, fromPriceMinor(t)])).toEqual([
      ['iphone-17-case', 2490],
      ['ceramic-mug-11oz', 1295],
      ['heavy-cotton-tee', 1900],
      ['five-pocket-jeans', 8900],
      // Brushed steel is 2.00 less than the powder-coated default.
      ['stainless-water-bottle-750', 3200],
      ['a5-hardcover-notebook', 1900],
    ]);
  });
});
