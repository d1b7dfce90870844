// The proof that a render survives its worker: `npm run worker` is killed with SIGKILL in the
// middle of rendering an order's files, a second worker takes the job over once the first one's
// lease has run out (on PostgreSQL: once graphile-reaper.ts finds its liveness lock gone), and
// the stored files are complete and byte-identical to a clean render.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../db/seed';
import { getOrderForMaker } from '../orders/get-order';
import { renderOrderToStorage, storedFile, storedManifest } from '../production/stored-files';
import { diskStorage } from '../storage/disk';
import { testDatabases, type TestDatabase } from '../testing/databases';
import { placePhotoOrder } from '../testing/photo-order';
import { renderKey, TASKS } from './enqueue';
import { graphileQueue } from './graphile-queue';
import { tableQueue } from './table-queue';

const kinds = await testDatabases();
const LEASE_SECONDS = 2;

async function until<T>(check: () => Promise<T | null | false>, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe.each(kinds)('a worker killed in the middle of a render on $name', (kind) => {
  let t: TestDatabase;
  let dataDir: string;
  const workers: ChildProcess[] = [];

  function startWorker(): ChildProcess {
    // Node itself with tsx's loader (what `npm run worker` runs), not the tsx command, which
    // would run the worker in a child process that a SIGKILL of the command leaves alive.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=react-server', 'scripts/worker.ts'],
      {
        env: {
          ...process.env,
          DATABASE_URL: t.url,
          DATA_DIR: dataDir,
          JOB_LEASE_SECONDS: String(LEASE_SECONDS),
          WORKER_CONCURRENCY: '1',
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    workers.push(child);
    return child;
  }

  beforeAll(async () => {
    if (!kind.available) return;
    t = await kind.create();
    await seed(t.db);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-crash-'));
  });
  afterAll(async () => {
    for (const child of workers)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await t?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'is taken over by a second worker, and the files are those of a clean render',
    { timeout: 180_000 },
    async () => {
      const order = await placePhotoOrder(t.db, dataDir, { lines: 3 });
      const objects = diskStorage(path.join(dataDir, 'objects'));
      await t.db.orderProduction.create({ data: { orderId: order.id, state: 'queued' } });
      // As the web process queues it: the Job table on SQLite, graphile-worker on PostgreSQL.
      const queue = kind.name === 'SQLite' ? tableQueue(t.db) : graphileQueue(t.url);
      await queue.add(
        TASKS.renderOrder,
        { orderId: order.id, number: order.number },
        { key: renderKey(order.number), maxAttempts: 5 },
      );
      await queue.close();

      const first = startWorker();
      // Mid-render: the first line's files are stored, the manifest (written last) is not.
      await until(
        async () => {
          for await (const object of objects.list('production/'))
            if (object.key.endsWith('.pdf')) return true;
          return false;
        },
        120_000,
        'the first stored file',
      );
      expect(await storedManifest(order.number, objects)).toBeNull();
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      expect(await storedManifest(order.number, objects)).toBeNull();
      expect(await t.db.orderProduction.findUnique({ where: { orderId: order.id } })).toMatchObject({
        state: 'rendering',
        attempts: 1,
      });

      const second = startWorker();
      const done = await until(
        async () => {
          const row = await t.db.orderProduction.findUnique({ where: { orderId: order.id } });
          return row?.state === 'ready' || row?.state === 'failed' ? row : null;
        },
        150_000,
        'the second worker to finish',
      );
      expect(done).toMatchObject({ state: 'ready', attempts: 2, lastError: null });
      if (kind.name === 'SQLite')
        expect(await t.db.job.findUnique({ where: { key: renderKey(order.number) } })).toMatchObject({
          state: 'done',
          attempts: 2,
        });
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));

      // A clean render of the same order into a store of its own.
      const clean = diskStorage(path.join(dataDir, 'clean'));
      const view = (await getOrderForMaker(order.number, t.db))!;
      const expected = await renderOrderToStorage(view, { objects }, clean);
      const manifest = (await storedManifest(order.number, objects))!;
      expect(manifest).toEqual(expected);
      for (const line of [1, 2, 3])
        expect(manifest.files.map((f) => f.name)).toContain(`${order.number}_${line}_production-sheet.pdf`);
      for (const entry of manifest.files) {
        const stored = await bytes((await storedFile(order.number, entry, objects))!);
        const fresh = await bytes((await storedFile(order.number, entry, clean))!);
        expect(Buffer.compare(stored, fresh), entry.name).toBe(0);
      }
    },
  );
});
