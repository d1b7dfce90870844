import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS } from '../fonts';
import { fromPriceMinor } from '../from-price';
import { phoneCaseOuter } from '../../kinds/phone-case/layout';
import { mugCircumference } from '../../kinds/mug/layout';
import { placeRect, surfacesFor } from '../geometry';
import { seedCatalogue } from '.';

const catalogue = seedCatalogue();
const bySlug = (slug: string) => {
  const template = catalogue.find((t) => t.slug === slug);
  if (!template) throw new Error(`no seed template ${slug}`);
  return template;
};

describe('seed catalogue', () => {
  it('holds four valid products with unique slugs', () => {
    expect(catalogue.map((t) => t.slug)).toEqual(['iphone-17-case', 'ceramic-mug-11oz', 'heavy-cotton-tee', 'five-pocket-jeans']);
  });

  it('builds the phone case around the real iPhone 17 body', () => {
    const t = bySlug('iphone-17-case');
    if (t.geometry.kind !== 'phone-case') throw new Error('kind');
    expect(t.geometry.device).toMatchObject({ widthMm: 71.5, heightMm: 149.6, depthMm: 7.95 });
    const outer = phoneCaseOuter(t.geometry);
    expect(outer.widthMm).toBeCloseTo(74.3, 5);
    expect(outer.heightMm).toBeCloseTo(152.4, 5);
    const [back] = surfacesFor(t.geometry, {});
    expect(back?.keepOuts).toEqual([expect.objectContaining({ reason: 'camera cut-out', widthMm: 24, heightMm: 39 })]);
  });

  it('sizes the mug as an 11 oz blank whose wrap print stays clear of the handle', () => {
    const t = bySlug('ceramic-mug-11oz');
    if (t.geometry.kind !== 'mug') throw new Error('kind');
    expect(t.geometry.capacityMl).toBe(325); // 11 US fl oz = 325.3 ml
    const circumference = mugCircumference(t.geometry);
    expect(circumference).toBeCloseTo(255.4, 1);
    const wrap = t.zones[0]!;
    const [surface] = surfacesFor(t.geometry, {});
    for (const keepOut of surface!.keepOuts) {
      const overlaps = wrap.rect.xMm < keepOut.xMm + keepOut.widthMm && keepOut.xMm < wrap.rect.xMm + wrap.rect.widthMm;
      expect(overlaps, `wrap zone overlaps the ${keepOut.reason} band`).toBe(false);
    }
  });

  it('grades the jeans W28-W40 by L30-L34 with growing measurements', () => {
    const t = bySlug('five-pocket-jeans');
    const labels = t.sizes.variants.map((v) => v.label);
    expect(labels).toHaveLength(30);
    expect(labels).toContain('W28 L30');
    expect(labels).toContain('W40 L34');
    const l32 = t.sizes.variants.filter((v) => v.label.endsWith('L32'));
    for (const key of ['waistMm', 'hipMm', 'thighMm', 'kneeMm', 'legOpeningMm', 'frontRiseMm', 'backRiseMm']) {
      const values = l32.map((v) => v.measurements[key]!);
      expect(values, key).toEqual([...values].sort((a, b) => a - b));
    }
    expect(t.sizes.variants.find((v) => v.id === 'w32-l34')?.measurements.inseamMm).toBeCloseTo(863.6, 1);
    expect(t.zones.map((z) => z.method)).toEqual(['embroider', 'engrave']);
  });

  it('offers the tee in S to XXL with front and back zones that fit every size, centred', () => {
    const t = bySlug('heavy-cotton-tee');
    expect(t.sizes.variants.map((v) => v.label)).toEqual(['S', 'M', 'L', 'XL', 'XXL']);
    expect(t.zones.map((z) => z.surface)).toEqual(['front', 'back']);
    const xxl = t.sizes.variants.at(-1)!;
    const front = surfacesFor(t.geometry, xxl.measurements).find((s) => s.id === 'front')!;
    const placed = placeRect(t.zones[0]!.rect, t.zones[0]!.anchor, front);
    expect(placed.xMm * 2 + placed.widthMm).toBeCloseTo(front.widthMm, 5);
  });

  it('ships every font a zone allows', () => {
    const used = new Set(catalogue.flatMap((t) => t.zones.flatMap((z) => z.fonts)));
    for (const id of used) {
      const font = FONTS.find((f) => f.id === id)!;
      expect(fs.existsSync(path.join('public', font.file)), font.file).toBe(true);
    }
  });

  it('prices each product from its cheapest allowed configuration', () => {
    expect(catalogue.map((t) => [t.slug, fromPriceMinor(t)])).toEqual([
      ['iphone-17-case', 2490],
      ['ceramic-mug-11oz', 1295],
      ['heavy-cotton-tee', 1900],
      ['five-pocket-jeans', 8900],
    ]);
  });
});
