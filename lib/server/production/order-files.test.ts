// From a placed order (with an uploaded image) to the maker's ZIP, on both databases.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDesign, newImageLayer, newTextLayer } from '../../design/defaults';
import type { LineSpec } from '../../spec/line-spec';
import { addCartItem, createCart, getCart } from '../cart';
import { seed } from '../db/seed';
import { createDesign } from '../designs';
import { getOrderForMaker } from '../orders/get-order';
import { placeOrder } from '../orders/place-order';
import { testDatabases, type TestDatabase } from '../testing/databases';
import { getProduct } from '../templates';
import { diskStorage } from '../storage/disk';
import type { ObjectStorage } from '../storage';
import { storeUpload } from '../uploads';
import { orderFile, orderZip } from './order-files';

const kinds = await testDatabases();

describe.each(kinds)('production files of an order on $name', (kind) => {
  let t: TestDatabase;
  let dataDir: string;
  let objects: ObjectStorage;
  let number: string;

  beforeAll(async () => {
    if (!kind.available) return;
    t = await kind.create();
    dataDir = await mkdtemp(path.join(tmpdir(), 'onekind-production-'));
    objects = diskStorage(dataDir);
    await seed(t.db, objects);
    const photo = new Uint8Array(
      await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#336699' } })
        .jpeg()
        .toBuffer(),
    );
    const stored = await storeUpload(photo, { conn: t.db, objects });
    if (!stored.ok) throw new Error(stored.error);
    const product = (await getProduct('iphone-17-case', t.db))!;
    const zone = product.template.zones[0]!;
    const layers = [
      newImageLayer(zone, 'photo', stored.upload.id, 1800, 1200),
      { ...newTextLayer(zone, 'name', 'Ada'), yMm: 130 },
    ];
    const designId = await createDesign(
      product.versionId,
      { ...newDesign(product.template), zones: { [zone.id]: { layers } } },
      t.db,
    );
    const cartId = await createCart(t.db);
    await addCartItem(cartId, designId, 1, t.db);
    const cart = await getCart(cartId, t.db);
    const request = {
      idempotencyKey: randomUUID(),
      email: 'ada@example.com',
      address: { name: 'Ada', line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
      shippingMethod: 'standard',
      lines: [{ designId, quantity: 1 }],
      expectedTotalMinor: cart.subtotalMinor + 490,
    };
    const placed = await placeOrder(request, { cartId, conn: t.db, afterCommit: () => undefined });
    if (!placed.ok) throw new Error(placed.error);
    number = placed.number;
  });
  afterAll(async () => {
    await t?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it.skipIf(!kind.available)(
    'zips the print files, spec and production sheet made from the full-resolution original',
    async () => {
      const order = (await getOrderForMaker(number, t.db))!;
      const zip = unzipSync(Buffer.concat(await orderZip(order, { objects })));
      const names = Object.keys(zip).map((n) => n.replace(`${number}/`, ''));
      expect(names).toEqual([
        `${number}_1_back.pdf`,
        `${number}_1_back.svg`,
        `${number}_1_back.png`,
        `${number}_1_spec.json`,
        `${number}_1_production-sheet.pdf`,
      ]);
      const spec = JSON.parse(new TextDecoder().decode(zip[`${number}/${number}_1_spec.json`])) as LineSpec;
      expect(spec.order).toMatchObject({ number, line: 1, quantity: 1, lineId: order.lines[0]!.id });
      expect(spec.zones[0]!.images[0]).toMatchObject({ widthPx: 1800, heightPx: 1200 });
      expect(Buffer.from(zip[`${number}/${number}_1_back.pdf`]!).includes(Buffer.from('/DCTDecode'))).toBe(
        true,
      );
      expect(
        Buffer.compare(
          Buffer.concat(await orderZip(order, { objects })),
          Buffer.concat(await orderZip(order, { objects })),
        ),
      ).toBe(0);
    },
  );

  it.skipIf(!kind.available)('serves one file by name and nothing outside the order', async () => {
    const order = (await getOrderForMaker(number, t.db))!;
    expect((await orderFile(order, `${number}_1_spec.json`, { objects }))?.contentType).toBe(
      'application/json',
    );
    expect(await orderFile(order, `${number}_2_spec.json`, { objects })).toBeNull();
    expect(await orderFile(order, '../uploads/x', { objects })).toBeNull();
  });
});
