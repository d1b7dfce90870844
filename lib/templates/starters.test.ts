import { describe, expect, it } from 'vitest';
import { surfacesFor } from './geometry';
import { PRODUCT_KINDS, kindLabel } from '../kinds/traits';
import { starterDocument } from '../kinds/starters';
import { parseTemplate } from './validate';

const identity = {
  slug: 'my-product',
  name: 'My product',
  brand: 'Acme',
  currency: 'EUR',
  description: 'Made by us.',
};

describe('starter templates', () => {
  it('offers every product kind', () => {
    expect(PRODUCT_KINDS.map((k) => k.kind)).toEqual(['phone-case', 'mug', 'tee', 'jeans', 'tote']);
    expect(kindLabel('tee')).toBe('T-shirt');
  });

  it.each(PRODUCT_KINDS.map((k) => k.kind))(
    '%s: a valid document with the brand identity, one option and one zone',
    (kind) => {
      const result = parseTemplate(starterDocument(kind, identity));
      if (!result.ok)
        throw new Error(result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
      const t = result.template;
      expect(t).toMatchObject(identity);
      expect(t.geometry.kind).toBe(kind);
      expect(t.options).toHaveLength(1);
      expect(t.options[0]!.choices).toHaveLength(2);
      expect(t.zones).toHaveLength(1);
      expect(t.pricing.zones.map((p) => p.zone)).toEqual([t.zones[0]!.id]);
      // The zone lies on a surface the kind really has.
      const surfaces = surfacesFor(t.geometry, t.sizes.variants[0]!.measurements).map((s) => s.id);
      expect(surfaces).toContain(t.zones[0]!.surface);
    },
  );

  it('hands out a fresh copy each time (editing one never changes the seed)', () => {
    const a = starterDocument('mug', identity);
    a.zones[0]!.rect.widthMm = 1;
    expect(starterDocument('mug', identity).zones[0]!.rect.widthMm).not.toBe(1);
  });
});
