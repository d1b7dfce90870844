// The clean-up of uploads nothing uses, on SQLite and PostgreSQL with the disk store: an old
// upload no document names goes (its row and its objects); one a design, an order or a
// template names stays, and so does an unused one still inside the grace period.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDesign, newImageLayer } from '../design/defaults';
import { addCartItem, createCart } from './cart';
import { seed } from './db/seed';
import { createDesign } from './designs';
import { diskStorage } from './storage/disk';
import type { ObjectStorage } from './storage';
import { testDatabases, type TestDatabase } from './testing/databases';
import { placePhotoOrder } from './testing/photo-order';
import { getProduct } from './templates';
import { deleteUnusedUploads } from './unused-uploads';
import { storeUpload, uploadKeys } from './uploads';

const kinds = await testDatabases();
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(kinds)('unused uploads on $name', (kind) => {
  let t: TestDatabase;
  let dataDir: string;
  let objects: ObjectStorage;

  beforeAll(async () => {
    if (!kind.available) return;
    t = await kind.create();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-unused-uploads-'));
    // Where placePhotoOrder puts its photo.
    objects = diskStorage(path.join(dataDir, 'objects'));
    await seed(t.db, objects);
  });
  afterAll(async () => {
    await t?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const upload = async (background: string) => {
    const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background } })
      .png()
      .toBuffer();
    const stored = await storeUpload(new Uint8Array(bytes), { conn: t.db, objects });
    if (!stored.ok) throw new Error(stored.error);
    return stored.upload.id;
  };
  const kept = async (id: string) => ({
    row: (await t.db.upload.findUnique({ where: { id } })) !== null,
    original: (await objects.head(uploadKeys(id).original)) !== null,
    preview: (await objects.head(uploadKeys(id).preview)) !== null,
  });

  it.skipIf(!kind.available)(
    'deletes an old upload nothing names, row and objects, and keeps the used and the recent ones',
    async () => {
      // In a design in a cart.
      const inCart = await upload('#aa0000');
      const product = (await getProduct('iphone-17-case', t.db))!;
      const zone = product.template.zones.find((z) => z.content.image)!;
      const designId = await createDesign(
        product.versionId,
        {
          ...newDesign(product.template),
          zones: { [zone.id]: { layers: [newImageLayer(zone, 'photo', inCart, 64, 48)] } },
        },
        t.db,
      );
      await addCartItem(await createCart(t.db), designId, 1, t.db);
      // In an order.
      const order = await placePhotoOrder(t.db, dataDir, {
        slug: 'iphone-17-case',
        photo: { width: 900, height: 600 },
      });
      const ordered = JSON.parse(
        (await t.db.orderLine.findFirstOrThrow({ where: { orderId: order.id } })).designSnapshot,
      ) as { zones: Record<string, { layers: Array<{ uploadId?: string }> }> };
      const inOrder = Object.values(ordered.zones).flatMap((z) => z.layers)[0]!.uploadId!;
      // Only the order line's frozen copy names it (designs never change; this one is made to).
      await t.db.design.updateMany({
        where: { orderLines: { some: { orderId: order.id } } },
        data: { document: '{}' },
      });
      // In a studio draft.
      const inDraft = await upload('#00aa00');
      await t.db.template.update({
        where: { slug: 'ceramic-mug-11oz' },
        data: { draftDocument: JSON.stringify({ backdrop: { uploadId: inDraft } }) },
      });
      const unused = await upload('#0000aa');
      const recent = await upload('#aaaa00');
      await t.db.upload.updateMany({
        where: { id: { not: recent } },
        data: { createdAt: new Date(Date.now() - 30 * DAY_MS) },
      });
      await t.db.upload.update({
        where: { id: recent },
        data: { createdAt: new Date(Date.now() - 6 * DAY_MS) },
      });

      expect(await deleteUnusedUploads(new Date(Date.now() - 7 * DAY_MS), { conn: t.db, objects })).toBe(1);

      const gone = { row: false, original: false, preview: false };
      const there = { row: true, original: true, preview: true };
      expect(await kept(unused)).toEqual(gone);
      for (const id of [inCart, inOrder, inDraft, recent]) expect(await kept(id)).toEqual(there);
      expect(await t.db.upload.count()).toBe(4);
      // Nothing more to do the next time.
      expect(await deleteUnusedUploads(new Date(Date.now() - 7 * DAY_MS), { conn: t.db, objects })).toBe(0);
    },
  );
});
