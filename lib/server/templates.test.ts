import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalogue } from '../templates/catalogue';
import { migrate } from './db/migrate';
import { seed } from './db/seed';
import { diskStorage } from './storage/disk';
import { testDatabases, type TestDatabase } from './testing/databases';
import {
  archiveTemplate,
  getProduct,
  getTemplateVersion,
  listCatalogue,
  listVersions,
  publishTemplate,
} from './templates';

const kinds = await testDatabases();

describe.each(kinds)('template data layer on $name', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    if (kind.available) t = await kind.create();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it.skipIf(!kind.available)('migrates once: a second run applies nothing', async () => {
    expect(await migrate(t.url)).toEqual([]);
  });

  it.skipIf(!kind.available)('seeds the catalogue once, idempotently, with its models stored', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'onekind-seed-'));
    const store = diskStorage(root);
    const first = await seed(t.db, store);
    expect(first.map((r) => [r.slug, r.version, r.created])).toEqual([
      ['iphone-17-case', 1, true],
      ['ceramic-mug-11oz', 1, true],
      ['heavy-cotton-tee', 1, true],
      ['five-pocket-jeans', 1, true],
      ['stainless-water-bottle-750', 1, true],
      ['a5-hardcover-notebook', 1, true],
    ]);
    const models = [];
    for await (const o of store.list('models/')) models.push([o.key, o.byteSize]);
    expect(models.sort()).toEqual([
      ['models/09adf6af5d3bbd16fbf44a6cd36f21e93f205b543d5a5b9bc8642aaa6b2d0bf7.glb', 292044],
      ['models/5a6d0c792a470ffcb1cb2fb7e0a03359ebbcfda0515fa95232b97f4f278a3d69.glb', 22200],
    ]);
    const again = await seed(t.db, store);
    expect(again.every((r) => !r.created && r.version === 1)).toBe(true);
    expect(await t.db.templateVersion.count()).toBe(6);
    rmSync(root, { recursive: true, force: true });
  });

  it.skipIf(!kind.available)(
    'lists the catalogue with from-prices and reads a product back exactly',
    async () => {
      const catalogue = await listCatalogue(t.db);
      expect(catalogue.map((e) => [e.template.name, e.fromPriceMinor, e.template.currency])).toEqual([
        ['A5 Hardcover Notebook', 1900, 'EUR'],
        ['Ceramic Mug, 11 oz', 1295, 'GBP'],
        ['Heavy Cotton Tee', 1900, 'USD'],
        ['iPhone 17 Slim Case', 2490, 'EUR'],
        ["Men's Five-Pocket Jeans", 8900, 'EUR'],
        ['Stainless Water Bottle, 750 ml', 3200, 'EUR'],
      ]);
      const jeans = await getProduct('five-pocket-jeans', t.db);
      expect(jeans?.template).toEqual(seedCatalogue()[3]);
      expect(await getProduct('no-such-product', t.db)).toBeNull();
      // A web address no product can have, and PostgreSQL cannot even compare (/products/%00).
      expect(await getProduct('\0', t.db)).toBeNull();
      expect(await getProduct('mug\u0000', t.db)).toBeNull();
    },
  );

  it.skipIf(!kind.available)(
    'publishes a change as a new version while designs keep the version they used',
    async () => {
      const v1 = (await getProduct('ceramic-mug-11oz', t.db))!;
      const design = await t.db.design.create({
        data: { id: randomUUID(), templateVersionId: v1.versionId, document: '{"layers":[]}' },
      });

      const changed = { ...v1.template, pricing: { ...v1.template.pricing, basePriceMinor: 1495 } };
      const result = await publishTemplate(changed, t.db);
      expect(result.ok && result.created && result.version.version).toBe(2);

      expect((await getProduct('ceramic-mug-11oz', t.db))?.template.pricing.basePriceMinor).toBe(1495);
      const stored = await t.db.design.findUniqueOrThrow({ where: { id: design.id } });
      const used = await getTemplateVersion(stored.templateVersionId, t.db);
      expect(used?.version).toBe(1);
      expect(used?.template.pricing.basePriceMinor).toBe(1295);
      expect((await listVersions('ceramic-mug-11oz', t.db)).map((v) => v.version)).toEqual([2, 1]);
    },
  );

  it.skipIf(!kind.available)(
    'records who published a version and why (the seed catalogue: nobody)',
    async () => {
      expect((await listVersions('iphone-17-case', t.db))[0]).toMatchObject({
        publishedBy: null,
        note: null,
      });
      const v1 = (await getProduct('five-pocket-jeans', t.db))!;
      const result = await publishTemplate({ ...v1.template, name: 'Jeans, renamed' }, t.db, {
        publishedBy: 'ada@brand.test',
        note: 'New name',
      });
      expect(result).toMatchObject({
        ok: true,
        created: true,
        version: { version: 2, publishedBy: 'ada@brand.test', note: 'New name' },
      });
      expect((await listVersions('five-pocket-jeans', t.db))[0]).toMatchObject({
        publishedBy: 'ada@brand.test',
        note: 'New name',
      });
    },
  );

  it.skipIf(!kind.available)('refuses an invalid template and writes nothing', async () => {
    const before = await t.db.templateVersion.count();
    const broken = {
      ...seedCatalogue()[0]!,
      slug: 'broken-case',
      pricing: { ...seedCatalogue()[0]!.pricing, basePriceMinor: 24.9 },
    };
    const result = await publishTemplate(broken, t.db);
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['pricing', 'basePriceMinor'] }] });
    expect(await t.db.templateVersion.count()).toBe(before);
    expect(await t.db.template.findUnique({ where: { slug: 'broken-case' } })).toBeNull();
  });

  it.skipIf(!kind.available)(
    'archiving hides a product from shoppers but keeps its versions readable',
    async () => {
      const tee = (await getProduct('heavy-cotton-tee', t.db))!;
      expect(await archiveTemplate('heavy-cotton-tee', t.db)).toBe(true);
      expect((await listCatalogue(t.db)).map((e) => e.slug)).not.toContain('heavy-cotton-tee');
      expect(await getProduct('heavy-cotton-tee', t.db)).toBeNull();
      expect((await getTemplateVersion(tee.versionId, t.db))?.template.name).toBe('Heavy Cotton Tee');
    },
  );

  it.skipIf(!kind.available)(
    'rejects a second version with the same number (published versions are immutable)',
    async () => {
      const v1 = (await listVersions('iphone-17-case', t.db))[0]!;
      await expect(
        t.db.templateVersion.create({
          data: { id: randomUUID(), templateId: v1.templateId, version: 1, document: '{}' },
        }),
      ).rejects.toThrow();
    },
  );

  it.skipIf(!kind.available)(
    'refuses to edit or delete a published version, even behind the data layer',
    async () => {
      const v1 = (await listVersions('iphone-17-case', t.db))[0]!;
      await expect(
        t.db.templateVersion.update({ where: { id: v1.versionId }, data: { document: '{}' } }),
      ).rejects.toThrow();
      await expect(t.db.templateVersion.delete({ where: { id: v1.versionId } })).rejects.toThrow();
      expect((await getTemplateVersion(v1.versionId, t.db))?.template).toEqual(v1.template);
    },
  );
});
