import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteBrandFont, brandFontSample, ingestFont, listBrandFonts, fontKey } from './brand-fonts';
import { drawnOtf } from '../brand-fonts/testing/fonts';
import { deleteClipart, ingestClipart, listBrandClipart } from './clipart/store';
import { diskStorage } from './storage/disk';
import { testDatabases, type TestDatabase } from './testing/databases';

// Brand fonts and clipart through the database and the object store, on both databases.

const heart = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><path fill="#e11d48" d="M5 9 1 5a2 2 0 0 1 4-3 2 2 0 0 1 4 3z"/></svg>',
);

for (const kind of await testDatabases()) {
  describe.skipIf(!kind.available)(`brand assets on ${kind.name}`, () => {
    let t: TestDatabase;
    let dir: string;
    beforeAll(async () => {
      t = await kind.create();
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-assets-'));
    });
    afterAll(async () => {
      await t?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('stores a font once by its hash, lists it with a sample, and deletes it with its file', async () => {
      const store = diskStorage(dir);
      const otf = drawnOtf(); // opentype.js stamps the time: one file, uploaded twice
      const first = await ingestFont(otf, 'test.otf', 'SIL OFL 1.1', t.db, store);
      if (!first.ok) throw new Error(first.error);
      expect(first.font).toMatchObject({
        family: 'Onekind Test',
        style: 'Bold',
        format: 'otf',
        licenceNote: 'SIL OFL 1.1',
      });
      expect(first.font.id).toMatch(/^[0-9a-f]{64}$/);
      expect((await ingestFont(otf, 'again.otf', 'x y z', t.db, store)).ok && 'existed').toBe('existed');
      const list = await listBrandFonts(t.db);
      expect(list.map((f) => f.fileName)).toEqual(['test.otf']);
      expect(await brandFontSample(list[0]!, store)).toMatch(/<path fill="currentColor" d="M/);
      expect(await store.head(fontKey(first.font.id))).toMatchObject({ contentType: 'font/otf' });
      expect(await deleteBrandFont(first.font.id, t.db, store)).toBe(true);
      expect(await store.head(fontKey(first.font.id))).toBeNull();
      expect(await listBrandFonts(t.db)).toEqual([]);
    });

    it('stores sanitized clipart with its palette, refuses a malicious one, deletes', async () => {
      const ok = await ingestClipart(heart, 'Heart', 'Brand', t.db);
      if (!ok.ok) throw new Error(ok.error);
      expect(ok.item).toMatchObject({
        name: 'Heart',
        category: 'Brand',
        palette: ['#e11d48'],
        singleColour: true,
        source: 'brand',
      });
      const bad = await ingestClipart(
        new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'),
        'Bad',
        'Brand',
        t.db,
      );
      expect(bad).toMatchObject({
        ok: false,
        error: expect.stringMatching(/event handler \(onload/) as string,
      });
      expect((await listBrandClipart(t.db)).map((c) => c.name)).toEqual(['Heart']);
      expect(await deleteClipart(ok.item.id, t.db)).toBe(true);
      expect(await listBrandClipart(t.db)).toEqual([]);
    });
  });
}
