import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnOtf } from '../brand-fonts/testing/fonts';
import { newDesign, newTextLayer } from '../design/defaults';
import type { Design, Layer } from '../design/schema';
import { newClipartLayer } from '../layers/clipart/defaults';
import { apiPreviewSvg } from './api/designs';
import { ingestFont } from './brand-fonts';
import { ingestClipart } from './clipart/store';
import { createDesign } from './designs';
import { designPicture } from './design-picture';
import { priceItems } from './orders/price-items';
import { diskStorage } from './storage/disk';
import { setStorage } from './storage';
import { getProduct, publishTemplate } from './templates';
import { seededTestDatabase, testDatabases } from './testing/databases';

// The cart, order, maker and studio pictures of a design draw its brand font and brand clipart
// (they used to draw with the shipped fonts and the library only, leaving them out).

const square = new TextEncoder().encode(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path fill="#111" d="M2 2h6v6H2z"/></svg>`,
);

const paths = (svg: string) => svg.match(/<path [^>]*>/g) ?? [];

describe.each(await testDatabases())('design pictures with brand assets on $name', (kind) => {
  const t = seededTestDatabase(kind);
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-pictures-'));
    setStorage(diskStorage(dir));
  });
  afterAll(() => {
    setStorage(undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!kind.available)(
    'draws the brand font’s letters and the brand clipart in the cart’s picture',
    async () => {
      const font = await ingestFont(drawnOtf(), 'brand.otf', 'SIL OFL 1.1', t.db);
      if (!font.ok) throw new Error(font.error);
      const clipart = await ingestClipart(square, 'Square', 'Brand', t.db);
      if (!clipart.ok) throw new Error(clipart.error);

      // The brand lets the mug's wrap take its font and clipart.
      const seeded = (await getProduct('ceramic-mug-11oz', t.db))!.template;
      const [wrap, ...rest] = seeded.zones;
      const allowed = {
        ...wrap!,
        fonts: [...wrap!.fonts, font.font.id],
        content: { ...wrap!.content, clipart: true },
      };
      const published = await publishTemplate({ ...seeded, zones: [allowed, ...rest] }, t.db);
      if (!published.ok) throw new Error(published.error);
      const product = (await getProduct('ceramic-mug-11oz', t.db))!;
      const { template } = product;
      const zone = template.zones[0]!;
      const text: Layer = { ...newTextLayer(zone, 't1', 'Hana'), fontId: font.font.id };
      const art: Layer = newClipartLayer(zone, 'c1', clipart.item);
      const withLayers = (layers: Layer[]): Design => ({
        ...newDesign(template),
        zones: { [zone.id]: { layers } },
      });

      const zoneSvg = async (design: Design) => {
        const picture = await designPicture(template, design, {}, t.db);
        expect(picture.productSvg).toContain('<svg');
        return picture.zones.find((z) => z.zone.id === zone.id)?.svg ?? '';
      };
      const both = await zoneSvg(withLayers([text, art]));
      const textOnly = await zoneSvg(withLayers([text]));
      const artOnly = await zoneSvg(withLayers([art]));
      const empty = await zoneSvg(withLayers([]));

      // The letters are outlines and the clipart its own paths: each draws what the empty zone has not.
      expect(paths(empty)).toEqual([]);
      expect(paths(textOnly)).toHaveLength(1);
      expect(paths(artOnly)).toHaveLength(1);
      // The clipart's square, placed in millimetres, and the four square letters of "Hana".
      expect(paths(artOnly)[0]).toMatch(/d="M-?[\d.]+ -?[\d.]+L[^"]*Z"/);
      expect(paths(textOnly)[0]!.match(/M/g)).toHaveLength(4);
      expect(paths(both)).toEqual([...paths(textOnly), ...paths(artOnly)]);

      // The cart prices the saved design with the same context, and its picture draws both.
      const designId = await createDesign(product.versionId, withLayers([text, art]), t.db);
      const [item] = await priceItems([{ designId, quantity: 1 }], t.db);
      expect(item?.problem).toBeNull();
      const cart = await designPicture(item!.version!.template, item!.design!, {}, t.db);
      expect(cart.zones[0]?.svg).toBe(both);
      // So does the public API's preview of it.
      expect(await apiPreviewSvg(designId, undefined, t.db)).toBe(both);
    },
  );
});
