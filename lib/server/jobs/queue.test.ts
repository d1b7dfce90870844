// The job queue on both databases: the Job table (SQLite's queue, which also runs on
// PostgreSQL) and graphile-worker on PostgreSQL, through the same interface.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../testing/databases';
import { graphileQueue } from './graphile-queue';
import { tableQueue } from './table-queue';
import type { JobQueue, TaskHandler } from './types';

const kinds = await testDatabases();

async function until(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

type Case = { name: string; queue: (t: TestDatabase) => JobQueue; onlyPostgres?: boolean };
const cases: Case[] = [
  { name: 'the Job table', queue: (t) => tableQueue(t.db, { leaseMs: 400 }) },
  { name: 'graphile-worker', queue: (t) => graphileQueue(t.url), onlyPostgres: true },
];

describe.each(kinds)('job queues on $name', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    if (kind.available) t = await kind.create();
  });
  afterAll(async () => {
    await t?.drop();
  });

  describe.each(cases)('$name', (c) => {
    const skip = !kind.available || (c.onlyPostgres && kind.name !== 'PostgreSQL');

    it.skipIf(skip)('runs a job, retries a failing one and gives it up after its attempts', async () => {
      const queue = c.queue(t);
      const seen: string[] = [];
      const attempts: number[] = [];
      const tasks: Record<string, TaskHandler> = {
        hello: (payload) => {
          seen.push((payload as { who: string }).who);
          return Promise.resolve();
        },
        broken: (_payload, ctx) => {
          attempts.push(ctx.attempt);
          return Promise.reject(new Error(`broken ${ctx.attempt}/${ctx.maxAttempts}`));
        },
      };
      const worker = await queue.run(tasks, { concurrency: 2, pollMs: 50 });
      await queue.add('hello', { who: 'ada' });
      await queue.add('broken', {}, { maxAttempts: 2 });
      await until(() => seen.includes('ada'));
      // The second attempt waits for the backoff (2 s).
      await until(() => attempts.length === 2, 20_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await worker.stop();
      await queue.close();
      expect(attempts).toEqual([1, 2]);
      if (c.name === 'the Job table') {
        const failed = await t.db.job.findFirst({ where: { task: 'broken' } });
        expect(failed).toMatchObject({ state: 'failed', attempts: 2, lastError: 'broken 2/2' });
      }
    });

    it.skipIf(skip)('never runs two jobs of one key at once', async () => {
      const queue = c.queue(t);
      let running = 0;
      let most = 0;
      let runs = 0;
      const worker = await queue.run(
        {
          slow: async () => {
            running++;
            most = Math.max(most, running);
            await new Promise((resolve) => setTimeout(resolve, 300));
            running--;
            runs++;
          },
        },
        { concurrency: 3, pollMs: 50 },
      );
      await queue.add('slow', {}, { key: 'order-1' });
      await until(() => running === 1);
      await queue.add('slow', {}, { key: 'order-1' });
      await queue.add('slow', {}, { key: 'order-1' });
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await worker.stop();
      await queue.close();
      expect(most).toBe(1);
      expect(runs).toBeGreaterThanOrEqual(1);
    });
  });

  it.skipIf(kind.name !== 'PostgreSQL' || !kind.available)(
    'on graphile-worker, leaves a live worker its long job however short the lease',
    async () => {
      const runs: string[] = [];
      const task = (who: string) => async () => {
        runs.push(who);
        await new Promise((resolve) => setTimeout(resolve, 2500));
      };
      // Two processes' worth of queues, each sweeping for dead workers every 250 ms.
      const a = graphileQueue(t.url, { leaseMs: 300 });
      const b = graphileQueue(t.url, { leaseMs: 300 });
      const first = await a.run({ long: task('a') }, { concurrency: 1, pollMs: 50 });
      await a.add('long', {}, { key: 'long-job' });
      await until(() => runs.length === 1);
      const second = await b.run({ long: task('b') }, { concurrency: 1, pollMs: 50 });
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await Promise.all([first.stop(), second.stop(), a.close(), b.close()]);
      expect(runs).toEqual(['a']);
    },
  );

  it.skipIf(!kind.available)(
    'hands a job whose worker stopped renewing its lease to the next worker',
    async () => {
      const queue = tableQueue(t.db, { leaseMs: 300 });
      // A worker claims the job and never finishes it (as if killed): its lease runs out.
      const stuck = await queue.run(
        { render: () => new Promise(() => undefined) },
        { concurrency: 1, pollMs: 50 },
      );
      await queue.add('render', { n: 1 }, { key: 'lease' });
      await until(async () => (await t.db.job.findUnique({ where: { key: 'lease' } }))?.state === 'running');
      // Its renewals stop as a killed process's would: take the lease away by hand.
      const row = (await t.db.job.findUnique({ where: { key: 'lease' } }))!;
      await t.db.job.update({
        where: { id: row.id },
        data: { lockedBy: 'dead-worker', lockedUntil: new Date(Date.now() - 1) },
      });
      void stuck.stop();
      const done: number[] = [];
      const second = tableQueue(t.db, { leaseMs: 300 });
      const worker = await second.run(
        { render: (_p, ctx) => Promise.resolve(void done.push(ctx.attempt)) },
        { concurrency: 1, pollMs: 50 },
      );
      await until(() => done.length === 1);
      await worker.stop();
      expect(done).toEqual([2]);
      expect(await t.db.job.findUnique({ where: { key: 'lease' } })).toMatchObject({
        state: 'done',
        attempts: 2,
      });
    },
  );
});
