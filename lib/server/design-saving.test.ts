import { describe, expect, it } from 'vitest';
import { newDesign, newTextLayer } from '../design/defaults';
import { saveDesign } from './design-saving';
import { getDesign } from './designs';
import { seededTestDatabase, testDatabases } from './testing/databases';
import { getProduct, publishTemplate } from './templates';

const kinds = await testDatabases();

describe.each(kinds)('saving designs on $name', (kind) => {
  const t = seededTestDatabase(kind);

  it.skipIf(!kind.available)('saves a valid design and reads back exactly the same design and version', async () => {
    const product = (await getProduct('five-pocket-jeans', t.db))!;
    const zone = product.template.zones[0]!;
    const design = { ...newDesign(product.template), variantId: 'w34-l32', zones: { [zone.id]: { layers: [newTextLayer(zone, 'l1', 'J.D.')] } } };
    const result = await saveDesign({ templateVersionId: product.versionId, design }, t.db);
    if (!result.ok) throw new Error(result.error);
    expect(result.url).toBe(`/d/${result.id}`);
    expect(result.id).toMatch(/^[0-9A-Za-z]{10}$/);

    // A later version does not change what the saved design points at.
    await publishTemplate({ ...product.template, pricing: { ...product.template.pricing, basePriceMinor: 9900 } }, t.db);
    const saved = (await getDesign(result.id, t.db))!;
    expect(saved.design).toEqual(design);
    expect(saved.version.version).toBe(1);
    expect(saved.version.template.pricing.basePriceMinor).toBe(8900);
  });

  it.skipIf(!kind.available)('refuses a design that breaks the template and writes nothing', async () => {
    const product = (await getProduct('five-pocket-jeans', t.db))!;
    const zone = product.template.zones[0]!;
    const before = await t.db.design.count();
    const design = { ...newDesign(product.template), zones: { [zone.id]: { layers: [newTextLayer(zone, 'l1', 'MUCH TOO LONG TEXT')] } } };
    const result = await saveDesign({ templateVersionId: product.versionId, design }, t.db);
    expect(result).toMatchObject({ ok: false, issues: expect.arrayContaining([expect.objectContaining({ code: 'too-many-characters' })]) });
    expect(await t.db.design.count()).toBe(before);
  });

  it.skipIf(!kind.available)('refuses malformed input, unknown versions and unknown images', async () => {
    expect(await saveDesign({ templateVersionId: 'x', design: { schemaVersion: 2 } }, t.db)).toMatchObject({ ok: false, error: 'The design could not be read.' });
    const product = (await getProduct('ceramic-mug-11oz', t.db))!;
    expect(await saveDesign({ templateVersionId: 'nope', design: newDesign(product.template) }, t.db)).toMatchObject({ ok: false, error: 'This product is no longer available.' });
    const ghost = { id: 'l1', kind: 'image', uploadId: 'e'.repeat(64), widthMm: 50, xMm: 100, yMm: 40, rotationDeg: 0 };
    const design = { ...newDesign(product.template), zones: { wrap: { layers: [ghost] } } };
    expect(await saveDesign({ templateVersionId: product.versionId, design }, t.db)).toMatchObject({ ok: false, issues: [expect.objectContaining({ code: 'image-missing' })] });
    expect(await getDesign('../../etc', t.db)).toBeNull();
  });
});
