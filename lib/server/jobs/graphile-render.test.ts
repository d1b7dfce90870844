// On PostgreSQL the shop's jobs go through graphile-worker: an order's render queued as the web
// process queues it is run by a worker (startWorker, as `npm run worker` does) into storage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '../db/client';
import { seed } from '../db/seed';
import { storedManifest } from '../production/stored-files';
import { setStorage, storage } from '../storage';
import { testDatabases, type TestDatabase } from '../testing/databases';
import { placePhotoOrder } from '../testing/photo-order';
import { enqueueRender } from './enqueue';
import { jobs } from '.';
import { startWorker } from './worker';

const [, postgres] = await testDatabases();

describe.skipIf(!postgres!.available)('jobs on PostgreSQL', () => {
  let t: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    t = await postgres!.create();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-graphile-'));
    Object.assign(process.env, { DATABASE_URL: t.url, DATA_DIR: dataDir });
    // storage() is chosen once per process: choose it again for this DATA_DIR, before seeding
    // stores the seed models in it.
    setStorage(undefined);
    await seed(t.db);
  });
  afterAll(async () => {
    await jobs().close();
    // The worker's tasks read through the process-wide client (DATABASE_URL): closed before
    // the drop, so the drop does not kill its pooled connections under it (an uncaught error).
    await closeDb();
    await t?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('renders a placed order through graphile-worker', { timeout: 120_000 }, async () => {
    expect(jobs().kind).toBe('graphile-worker');
    const order = await placePhotoOrder(t.db, dataDir, {
      slug: 'iphone-17-case',
      photo: { width: 900, height: 600 },
    });
    await enqueueRender(order, t.db);
    const worker = await startWorker({ concurrency: 1, pollMs: 200 });
    try {
      const end = Date.now() + 100_000;
      while ((await t.db.orderProduction.findUnique({ where: { orderId: order.id } }))?.state !== 'ready') {
        if (Date.now() > end) throw new Error('the render did not finish');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await worker.stop();
    }
    expect((await storedManifest(order.number, storage()))?.files.length).toBeGreaterThan(0);
  });
});
