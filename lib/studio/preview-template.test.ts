import { describe, expect, it } from 'vitest';
import { starterDocument } from '../kinds/starters';
import { setIn } from './edit';
import { previewTemplate } from './preview-template';

const tee = starterDocument('tee', {
  slug: 'tee',
  name: 'Tee',
  brand: 'B',
  currency: 'EUR',
  description: 'D',
});

describe('the preview template', () => {
  it('keeps the draft’s geometry object, so a price edit does not rebuild the model', () => {
    const first = previewTemplate(tee, null)!;
    const priced = previewTemplate(setIn(tee, ['pricing', 'basePriceMinor'], 1), first)!;
    expect(priced.geometry).toBe(first.geometry);
    expect(priced.sizes.variants[0]!.measurements).toBe(first.sizes.variants[0]!.measurements);
  });

  it('draws on while unrelated fields are invalid, and falls back on the last sound geometry and sizes', () => {
    const first = previewTemplate(tee, null)!;
    expect(previewTemplate(setIn(tee, ['name'], ''), first)).not.toBeNull();
    const badGeometry = previewTemplate(setIn(tee, ['geometry', 'neckWidthMm'], -1), first)!;
    expect(badGeometry.geometry).toBe(first.geometry);
    const badSize = previewTemplate(
      setIn(tee, ['sizes', 'variants', 0, 'measurements', 'chestWidthMm'], 0),
      first,
    )!;
    expect(badSize.sizes).toBe(first.sizes);
    expect(previewTemplate(setIn(tee, ['geometry', 'neckWidthMm'], -1), null)).toBeNull();
  });

  it('leaves out zones and options it cannot draw', () => {
    const doc = setIn(
      setIn(tee, ['zones', 0, 'rect', 'widthMm'], 0),
      ['options', 0, 'choices', 0, 'swatch', 'hex'],
      'red',
    );
    const preview = previewTemplate(doc, null)!;
    expect(preview.zones).toEqual([]);
    expect(preview.options).toEqual([]);
  });
});
