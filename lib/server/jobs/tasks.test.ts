// The shop's jobs against a real SQLite database and the disk store: a render records its
// state (ready, retrying, failed, cancelled), the sweep queues a missed order, the clean-up
// removes carts whose cookie has expired and old uploads nothing uses (both databases:
// unused-uploads.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '../db/client';
import { seed } from '../db/seed';
import { transitionOrder } from '../orders/transition-order';
import { storedManifest } from '../production/stored-files';
import { setStorage, storage } from '../storage';
import { testDatabases, type TestDatabase } from '../testing/databases';
import { placePhotoOrder } from '../testing/photo-order';
import { storeUpload, uploadKeys } from '../uploads';
import { createEndpoint, deleteEndpoint } from '../webhooks/endpoints';
import { renderKey } from './enqueue';
import { cleanUpTask, renderOrderTask, sweepTask } from './tasks';

const [sqlite] = await testDatabases();

describe('the shop tasks', () => {
  let t: TestDatabase;
  let dataDir: string;
  const state = async (orderId: string) => t.db.orderProduction.findUnique({ where: { orderId } });

  beforeAll(async () => {
    t = await sqlite!.create();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-tasks-'));
    // The tasks use the process's database, store and queue, as a worker does.
    Object.assign(process.env, { DATABASE_URL: t.url, DATA_DIR: dataDir });
    // storage() is chosen once per process: choose it again for this DATA_DIR, before seeding
    // stores the seed models in it.
    setStorage(undefined);
    await seed(t.db);
  });
  afterAll(async () => {
    await closeDb(); // the tasks read through the process-wide client too
    await t?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const small = { slug: 'iphone-17-case', photo: { width: 900, height: 600 } };

  it('renders an order into storage, records it ready and emits production.ready', async () => {
    const endpoint = await createEndpoint(
      { url: 'https://store.example/hooks', description: '', events: ['production.ready'] },
      t.db,
    );
    const order = await placePhotoOrder(t.db, dataDir, small);
    await renderOrderTask({ orderId: order.id, number: order.number }, { attempt: 1, maxAttempts: 5 });
    expect(await state(order.id)).toMatchObject({ state: 'ready', attempts: 1, lastError: null });
    expect((await storedManifest(order.number, storage()))?.files.length).toBeGreaterThan(0);
    const [ready] = await t.db.webhookDelivery.findMany({ where: { endpointId: endpoint.id } });
    expect(JSON.parse(ready!.payload)).toMatchObject({
      type: 'production.ready',
      data: { number: order.number },
    });
    await deleteEndpoint(endpoint.id, t.db);
  });

  it('records a failed attempt as queued for a retry, and the last one as failed, with the error', async () => {
    const order = await placePhotoOrder(t.db, dataDir, small);
    fs.rmSync(path.join(dataDir, 'objects', 'uploads'), { recursive: true, force: true });
    const payload = { orderId: order.id, number: order.number };
    await expect(renderOrderTask(payload, { attempt: 1, maxAttempts: 2 })).rejects.toThrow();
    expect(await state(order.id)).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastError: expect.any(String) as string,
    });
    await expect(renderOrderTask(payload, { attempt: 2, maxAttempts: 2 })).rejects.toThrow();
    expect(await state(order.id)).toMatchObject({ state: 'failed', attempts: 2 });
    expect(await storedManifest(order.number, storage())).toBeNull();
  });

  it('does not render a cancelled order', async () => {
    const order = await placePhotoOrder(t.db, dataDir, small);
    expect(
      await transitionOrder(order.number, 'cancelled', 'admin@example.com', t.db, { reason: 'Asked to' }),
    ).toMatchObject({ ok: true });
    await renderOrderTask({ orderId: order.id, number: order.number }, { attempt: 1, maxAttempts: 5 });
    expect(await state(order.id)).toMatchObject({ state: 'cancelled' });
    expect(await storedManifest(order.number, storage())).toBeNull();
  });

  it('queues the render of a recent order whose render was never queued, once', async () => {
    const order = await placePhotoOrder(t.db, dataDir, small);
    expect(await state(order.id)).toBeNull();
    await sweepTask();
    await sweepTask();
    expect(await state(order.id)).toMatchObject({ state: 'queued' });
    expect(await t.db.job.count({ where: { key: renderKey(order.number) } })).toBe(1);
    expect(await t.db.job.findUnique({ where: { key: 'deliver-outbox' } })).toMatchObject({
      state: 'queued',
    });
  });

  it('deletes carts made more than 90 days ago with their items, and keeps the others', async () => {
    const old = new Date(Date.now() - 91 * 24 * 60 * 60 * 1000);
    await t.db.cart.create({ data: { id: 'old-cart', createdAt: old } });
    await t.db.cart.create({ data: { id: 'new-cart' } });
    await cleanUpTask();
    expect(await t.db.cart.findUnique({ where: { id: 'old-cart' } })).toBeNull();
    expect(await t.db.cart.findUnique({ where: { id: 'new-cart' } })).not.toBeNull();
  });

  it('deletes uploads nothing uses once they are older than UPLOAD_GRACE_DAYS, with their objects', async () => {
    const order = await placePhotoOrder(t.db, dataDir, { ...small, photo: { width: 901, height: 600 } });
    const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#123456' } })
      .png()
      .toBuffer();
    const stored = await storeUpload(new Uint8Array(bytes));
    if (!stored.ok) throw new Error(stored.error);
    const old = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    await t.db.upload.updateMany({ data: { createdAt: old } });
    const before = await t.db.upload.count();
    await cleanUpTask();
    expect(await t.db.upload.findUnique({ where: { id: stored.upload.id } })).toBeNull();
    expect(await storage().head(uploadKeys(stored.upload.id).original)).toBeNull();
    expect(await t.db.upload.count()).toBe(before - 1);
    const line = await t.db.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    const ordered = /"uploadId":"([0-9a-f]{64})"/.exec(line.designSnapshot)![1]!;
    expect(await storage().head(uploadKeys(ordered).original)).not.toBeNull();
  });
});
