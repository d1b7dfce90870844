import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../templates/catalogue';
import { draftIssues } from './validate-draft';
import { getIn, setIn, slugify, uniqueId } from './edit';
import { ancestors, fieldId, groupIssues, issuesAt, sectionOf } from './field-issues';
import { minorToInput, parseMoneyInput } from './money-input';

describe('field issues', () => {
  it('puts every issue of an invalid draft in its section and next to its field, cross-field ones too', () => {
    const tee = structuredClone(seedCatalogue()[2]!);
    tee.name = '';
    tee.zones[0]!.rect.widthMm = 900;
    tee.pricing.basePriceMinor = 19.5;
    tee.sizes.variants[0]!.measurements = { chestWidthMm: 457.2, bodyLengthMm: 711.2 };
    const grouped = groupIssues(draftIssues(tee));
    // The size lacks a measurement its kind and its tech pack both need: two issues in Sizes.
    expect(grouped.bySection).toEqual({
      product: 1,
      geometry: 0,
      sizes: 2,
      options: 0,
      rules: 0,
      zones: 1,
      pricing: 1,
    });
    expect(issuesAt(grouped, ['name'])).toEqual(['A template needs a name']);
    expect(issuesAt(grouped, ['pricing', 'basePriceMinor'])[0]).toMatch(/whole number of minor units/);
    expect(issuesAt(grouped, ['sizes', 'variants', 0, 'measurements', 'sleeveLengthMm'])).toEqual([
      'Size S is missing the measurement “Sleeve length from shoulder seam”',
    ]);
    expect(issuesAt(grouped, ['sizes'], { within: true })).toHaveLength(1);
    expect(issuesAt(grouped, ['techPack'], { within: true })).toEqual([
      'Point of measure “Sleeve length from shoulder seam” is not measured in every size',
    ]);
    expect(issuesAt(grouped, ['zones', 0, 'rect'])[0]).toMatch(
      /^Zone "Front print" extends beyond the front panel/,
    );
  });

  it("reports a zone beyond its panel on the zone's position", () => {
    const tee = structuredClone(seedCatalogue()[2]!);
    tee.zones[0]!.rect.widthMm = 900;
    const grouped = groupIssues(draftIssues(tee));
    expect(grouped.bySection.zones).toBe(1);
    expect(issuesAt(grouped, ['zones', 0, 'rect'])[0]).toMatch(
      /^Zone "Front print" extends beyond the front panel/,
    );
  });

  it('names sections, DOM ids and the fields to fall back on', () => {
    expect(sectionOf(['techPack', 'pointsOfMeasure', 0])).toBe('sizes');
    expect(sectionOf([])).toBe('product');
    expect(sectionOf(['currency'])).toBe('product');
    expect(fieldId(['zones', 0, 'rect', 'xMm'])).toBe('field-zones-0-rect-xMm');
    expect(ancestors(['zones', 0, 'rect'])).toEqual([['zones', 0, 'rect'], ['zones', 0], ['zones']]);
  });
});

describe('edits by path', () => {
  it('copies only the objects along the path', () => {
    const doc = { a: { b: [1, { c: 2 }] }, d: { e: 1 } };
    const next = setIn(doc, ['a', 'b', 1, 'c'], 3);
    expect(getIn(next, ['a', 'b', 1, 'c'])).toBe(3);
    expect(getIn(doc, ['a', 'b', 1, 'c'])).toBe(2);
    expect(next.d).toBe(doc.d);
    expect(Array.isArray(next.a.b)).toBe(true);
  });

  it('makes ids from names', () => {
    expect(slugify('  Front Print (A4)! ')).toBe('front-print-a4');
    expect(slugify('Crème brûlée')).toBe('creme-brulee');
    expect(uniqueId('Black', ['black', 'black-2'])).toBe('black-3');
    expect(uniqueId('!!!', [])).toBe('item');
  });
});

describe('money typed in major units', () => {
  it('stores integer minor units', () => {
    expect(parseMoneyInput('24.9', 'EUR')).toEqual({ ok: true, minor: 2490 });
    expect(parseMoneyInput('24,95', 'EUR')).toEqual({ ok: true, minor: 2495 });
    expect(parseMoneyInput('.5', 'USD')).toEqual({ ok: true, minor: 50 });
    expect(parseMoneyInput('1500', 'JPY')).toEqual({ ok: true, minor: 1500 });
    expect(parseMoneyInput('-1.50', 'EUR', { allowNegative: true })).toEqual({ ok: true, minor: -150 });
  });

  it('refuses what it cannot read, saying how to write it', () => {
    expect(parseMoneyInput('24.999', 'EUR')).toEqual({
      ok: false,
      error: 'Enter an amount like 12.49 (at most 2 decimals)',
    });
    expect(parseMoneyInput('12.5', 'JPY')).toEqual({ ok: false, error: 'Enter an amount like 500' });
    expect(parseMoneyInput('-1', 'EUR')).toEqual({ ok: false, error: 'The amount cannot be negative' });
    expect(parseMoneyInput('', 'EUR')).toEqual({ ok: false, error: 'Enter an amount' });
  });

  it('shows minor units as major', () => {
    expect(minorToInput(2490, 'EUR')).toBe('24.90');
    expect(minorToInput(-150, 'GBP')).toBe('-1.50');
    expect(minorToInput(1500, 'JPY')).toBe('1500');
  });
});
