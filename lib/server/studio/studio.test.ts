import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { StaffUser } from '../../auth/roles';
import { diffTemplates } from '../../templates/diff';
import { seededTestDatabase, testDatabases } from '../testing/databases';
import { getProduct, getTemplateVersion, listCatalogue, listVersions } from '../templates';
import { publishDraft, saveDraft } from './drafts';
import {
  createTemplate,
  deleteUnpublished,
  duplicateTemplate,
  listStudioTemplates,
  loadDraft,
  renameTemplate,
  setArchived,
} from './studio-templates';

const kinds = await testDatabases();
const ada: StaffUser = { id: 'u1', email: 'ada@brand.test', name: 'Ada', role: 'admin' };
const bob: StaffUser = { id: 'u2', email: 'bob@brand.test', name: 'Bob', role: 'admin' };
const tote = {
  kind: 'mug' as const,
  name: 'Studio Mug',
  slug: 'studio-mug',
  brand: 'Acme',
  currency: 'EUR',
  description: 'A mug with your print.',
};

describe.each(kinds)('studio drafts on $name', (kind) => {
  const t = seededTestDatabase(kind);
  const draft = async (slug = 'studio-mug') => (await loadDraft(slug, t.db))!;

  it.skipIf(!kind.available)(
    'creates an unpublished template from a starter; the address must be free',
    async () => {
      expect(await createTemplate(tote, ada, t.db)).toEqual({ ok: true, slug: 'studio-mug' });
      expect(await createTemplate({ ...tote, name: 'Other' }, ada, t.db)).toMatchObject({
        ok: false,
        fieldErrors: { slug: [expect.stringMatching(/already uses this web address/)] },
      });
      expect(await createTemplate({ ...tote, slug: 'ceramic-mug-11oz' }, ada, t.db)).toMatchObject({
        ok: false,
      });
      const d = await draft();
      expect(d).toMatchObject({
        revision: 1,
        savedBy: 'ada@brand.test',
        latestVersion: null,
        hasDraft: true,
        archived: false,
      });
      expect(d.document).toMatchObject({
        name: 'Studio Mug',
        brand: 'Acme',
        currency: 'EUR',
        geometry: { kind: 'mug' },
      });
      // Not in the shop until published.
      expect(await getProduct('studio-mug', t.db)).toBeNull();
      expect((await listStudioTemplates(t.db)).find((s) => s.slug === 'studio-mug')).toMatchObject({
        name: 'Studio Mug',
        kind: 'mug',
        latestVersion: null,
        hasDraft: true,
      });
    },
  );

  it.skipIf(!kind.available)(
    'saves drafts by revision and refuses a save based on an older one, overwriting nothing',
    async () => {
      const d = await draft();
      const mine = await saveDraft(
        { slug: 'studio-mug', revision: d.revision, document: { ...d.document, name: 'Mine' } },
        ada,
        t.db,
      );
      expect(mine).toMatchObject({ ok: true, revision: d.revision + 1, hasDraft: true });
      const stale = await saveDraft(
        { slug: 'studio-mug', revision: d.revision, document: { ...d.document, name: 'Theirs' } },
        bob,
        t.db,
      );
      expect(stale).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Someone else changed this draft/),
        conflict: { savedBy: 'ada@brand.test', revision: d.revision + 1 },
      });
      expect((await draft()).document.name).toBe('Mine');
    },
  );

  it.skipIf(!kind.available)(
    'keeps an invalid draft, and refuses to publish it with the issues',
    async () => {
      const d = await draft();
      const broken = { ...d.document, pricing: { ...d.document.pricing, basePriceMinor: 0 } };
      const saved = await saveDraft(
        { slug: 'studio-mug', revision: d.revision, document: broken },
        ada,
        t.db,
      );
      expect(saved.ok).toBe(true);
      const refused = await publishDraft({ slug: 'studio-mug', revision: d.revision + 1 }, ada, t.db);
      expect(refused).toMatchObject({
        ok: false,
        issues: [{ path: ['pricing', 'basePriceMinor'], message: 'Base price must be greater than 0' }],
      });
      expect(await listVersions('studio-mug', t.db)).toEqual([]);
    },
  );

  it.skipIf(!kind.available)(
    'refuses to publish a zone offering a brand font the brand has not stored',
    async () => {
      const d = await draft();
      const unknown = 'e'.repeat(64);
      const [zone, ...rest] = d.document.zones;
      const offering = {
        ...d.document,
        pricing: { ...d.document.pricing, basePriceMinor: 1900 },
        zones: [{ ...zone!, fonts: [...zone!.fonts, unknown] }, ...rest],
      };
      const saved = await saveDraft(
        { slug: 'studio-mug', revision: d.revision, document: offering },
        ada,
        t.db,
      );
      if (!saved.ok) throw new Error(saved.error);
      expect(await publishDraft({ slug: 'studio-mug', revision: saved.revision }, ada, t.db)).toMatchObject({
        ok: false,
        issues: [
          {
            path: ['zones', 0, 'fonts', zone!.fonts.length],
            message: expect.stringContaining('no longer stored'),
          },
        ],
      });
      expect(await listVersions('studio-mug', t.db)).toEqual([]);
      // Back to the draft the next test starts from.
      await saveDraft({ slug: 'studio-mug', revision: saved.revision, document: d.document }, ada, t.db);
    },
  );

  it.skipIf(!kind.available)(
    'publishes version 1 with who and why, clears the draft, and the shop shows it',
    async () => {
      const d = await draft();
      const priced = {
        ...d.document,
        name: 'Studio Mug',
        pricing: { ...d.document.pricing, basePriceMinor: 1900 },
      };
      const saved = await saveDraft(
        { slug: 'studio-mug', revision: d.revision, document: priced },
        ada,
        t.db,
      );
      if (!saved.ok) throw new Error(saved.error);
      expect(await publishDraft({ slug: 'studio-mug', revision: d.revision }, ada, t.db)).toMatchObject({
        ok: false,
        conflict: { revision: saved.revision },
      });
      const published = await publishDraft(
        { slug: 'studio-mug', revision: saved.revision, note: 'First run' },
        ada,
        t.db,
      );
      expect(published).toEqual({ ok: true, version: 1, revision: saved.revision + 1, created: true });
      expect(await draft()).toMatchObject({
        hasDraft: false,
        latestVersion: 1,
        revision: saved.revision + 1,
      });
      const [v1] = await listVersions('studio-mug', t.db);
      expect(v1).toMatchObject({ version: 1, publishedBy: 'ada@brand.test', note: 'First run' });
      expect((await getProduct('studio-mug', t.db))?.template.pricing.basePriceMinor).toBe(1900);
      expect((await listCatalogue(t.db)).map((e) => e.slug)).toContain('studio-mug');
      expect(
        await publishDraft({ slug: 'studio-mug', revision: saved.revision + 1 }, ada, t.db),
      ).toMatchObject({ ok: false, error: 'There are no unpublished changes to publish.' });
    },
  );

  it.skipIf(!kind.available)(
    'a draft equal to the published version counts as no unpublished changes',
    async () => {
      const d = await draft();
      const changed = await saveDraft(
        { slug: 'studio-mug', revision: d.revision, document: { ...d.document, description: 'Changed.' } },
        ada,
        t.db,
      );
      expect(changed).toMatchObject({ ok: true, hasDraft: true });
      const back = await saveDraft(
        { slug: 'studio-mug', revision: d.revision + 1, document: d.document },
        ada,
        t.db,
      );
      expect(back).toMatchObject({ ok: true, hasDraft: false });
    },
  );

  it.skipIf(!kind.available)(
    'version 2 raises the price; a design made on version 1 keeps version 1 and its price',
    async () => {
      const v1 = (await getProduct('studio-mug', t.db))!;
      const design = await t.db.design.create({
        data: { id: randomUUID(), templateVersionId: v1.versionId, document: '{}' },
      });
      const d = await draft();
      const saved = await saveDraft(
        {
          slug: 'studio-mug',
          revision: d.revision,
          document: { ...d.document, pricing: { ...d.document.pricing, basePriceMinor: 2400 } },
        },
        bob,
        t.db,
      );
      if (!saved.ok) throw new Error(saved.error);
      expect(
        await publishDraft({ slug: 'studio-mug', revision: saved.revision, note: 'Price up' }, bob, t.db),
      ).toMatchObject({ ok: true, version: 2 });
      const versions = await listVersions('studio-mug', t.db);
      expect(versions.map((v) => [v.version, v.publishedBy, v.note])).toEqual([
        [2, 'bob@brand.test', 'Price up'],
        [1, 'ada@brand.test', 'First run'],
      ]);
      expect(diffTemplates(versions[1]!.template, versions[0]!.template).map((c) => c.text)).toEqual([
        'Pricing › Base price: 19.00 → 24.00 EUR',
      ]);
      const stored = await t.db.design.findUniqueOrThrow({ where: { id: design.id } });
      expect(
        (await getTemplateVersion(stored.templateVersionId, t.db))?.template.pricing.basePriceMinor,
      ).toBe(1900);
      expect((await getProduct('studio-mug', t.db))?.version).toBe(2);
    },
  );

  it.skipIf(!kind.available)('duplicates a template as a new unpublished draft', async () => {
    expect(
      await duplicateTemplate(
        { from: 'studio-mug', name: 'Studio Mug, large', slug: 'studio-mug-large' },
        ada,
        t.db,
      ),
    ).toEqual({ ok: true, slug: 'studio-mug-large' });
    const copy = await draft('studio-mug-large');
    expect(copy).toMatchObject({
      latestVersion: null,
      hasDraft: true,
      document: { slug: 'studio-mug-large', name: 'Studio Mug, large', pricing: { basePriceMinor: 2400 } },
    });
    expect(await duplicateTemplate({ from: 'no-such', name: 'x', slug: 'x' }, ada, t.db)).toMatchObject({
      ok: false,
    });
  });

  it.skipIf(!kind.available)('renames only a template that was never published', async () => {
    const copy = await draft('studio-mug-large');
    expect(
      await renameTemplate(
        { slug: 'studio-mug-large', newSlug: 'studio-mug', revision: copy.revision },
        ada,
        t.db,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { newSlug: [expect.any(String)] } });
    expect(
      await renameTemplate(
        { slug: 'studio-mug-large', newSlug: 'big-mug', revision: copy.revision },
        ada,
        t.db,
      ),
    ).toEqual({ ok: true, slug: 'big-mug', revision: copy.revision + 1 });
    expect((await draft('big-mug')).document.slug).toBe('big-mug');
    const published = await draft('studio-mug');
    expect(
      await renameTemplate(
        { slug: 'studio-mug', newSlug: 'mug-two', revision: published.revision },
        ada,
        t.db,
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/keeps its web address/) });
  });

  it.skipIf(!kind.available)(
    'archives and brings back a template without touching its versions',
    async () => {
      expect(await setArchived('studio-mug', true, t.db)).toEqual({ ok: true, archived: true });
      expect(await getProduct('studio-mug', t.db)).toBeNull();
      expect((await listStudioTemplates(t.db)).find((s) => s.slug === 'studio-mug')).toMatchObject({
        archived: true,
        latestVersion: 2,
      });
      expect(await listVersions('studio-mug', t.db)).toHaveLength(2);
      expect(await setArchived('studio-mug', false, t.db)).toEqual({ ok: true, archived: false });
      expect((await getProduct('studio-mug', t.db))?.version).toBe(2);
    },
  );

  it.skipIf(!kind.available)(
    'deletes a never-published template, and refuses to delete a published one',
    async () => {
      expect(await deleteUnpublished('big-mug', t.db)).toEqual({ ok: true, deleted: true });
      expect(await loadDraft('big-mug', t.db)).toBeNull();
      expect(await deleteUnpublished('studio-mug', t.db)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/archive it instead/),
      });
      expect(await listVersions('studio-mug', t.db)).toHaveLength(2);
    },
  );
});
