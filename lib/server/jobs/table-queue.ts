import 'server-only';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { backoffMs } from '../../jobs/backoff';
import type { Db } from '../db/client';
import { logger } from '../ops/logger';
import {
  DEFAULT_MAX_ATTEMPTS,
  type JobQueue,
  type RunningWorker,
  type RunOptions,
  type TaskList,
} from './types';

// The embedded queue: jobs in the shop's own `Job` table, claimed with a compare-and-set and
// held by a lease the running worker renews. A worker that dies (SIGKILL, power cut) stops
// renewing; once its lease has passed the next worker takes the job over, counting the lost
// run as an attempt so a job that kills its worker every time ends up failed, not looping.

// Wakes this process's idle workers when a job is added in it (the web process and its
// in-process worker); other processes find it at their next poll.
const added = new EventEmitter();

type JobRow = Awaited<ReturnType<Db['job']['findFirst']>> & {};

export type TableQueueOptions = {
  /** How long a claimed job stays its worker's without a renewal; renewed every third of it. */
  leaseMs?: number;
};

/** The queue on the `Job` table of `conn` (SQLite by default; it works on PostgreSQL too). */
export function tableQueue(conn: Db, { leaseMs = 30_000 }: TableQueueOptions = {}): JobQueue {
  async function add(
    task: string,
    payload: Record<string, unknown>,
    options: { key?: string; maxAttempts?: number; runAt?: Date } = {},
  ) {
    const { key, maxAttempts = DEFAULT_MAX_ATTEMPTS, runAt = new Date() } = options;
    const data = {
      task,
      payload: JSON.stringify(payload),
      maxAttempts,
      runAt,
      state: 'queued',
      lockedBy: null,
      lockedUntil: null,
    };
    for (let tries = 0; tries < 3; tries++) {
      const existing = key ? await conn.job.findUnique({ where: { key } }) : null;
      if (existing?.state === 'running') return;
      if (existing) {
        // A queued job keeps its attempts; a done or failed one starts over.
        const fresh = existing.state === 'queued' ? {} : { attempts: 0, lastError: null };
        const { count } = await conn.job.updateMany({
          where: { id: existing.id, state: existing.state, updatedAt: existing.updatedAt },
          data: { ...data, ...fresh },
        });
        if (count === 1) break;
        continue;
      }
      try {
        await conn.job.create({ data: { id: randomUUID(), key: key ?? null, ...data } });
        break;
      } catch (error) {
        if (!key) throw error;
        // Another process added the same key meanwhile: look again.
      }
    }
    added.emit('job');
  }

  async function claim(workerId: string, tasks: string[]): Promise<JobRow | null> {
    const now = new Date();
    const job = await conn.job.findFirst({
      where: {
        task: { in: tasks },
        OR: [
          { state: 'queued', runAt: { lte: now } },
          { state: 'running', lockedUntil: { lt: now } },
        ],
      },
      orderBy: { runAt: 'asc' },
    });
    if (!job) return null;
    const same = { id: job.id, state: job.state, attempts: job.attempts, lockedUntil: job.lockedUntil };
    if (job.state === 'running' && job.attempts >= job.maxAttempts) {
      await conn.job.updateMany({
        where: same,
        data: {
          state: 'failed',
          lockedBy: null,
          lockedUntil: null,
          lastError: 'The worker running the last attempt stopped before it finished.',
        },
      });
      return claim(workerId, tasks);
    }
    const lockedUntil = new Date(now.getTime() + leaseMs);
    const { count } = await conn.job.updateMany({
      where: same,
      data: { state: 'running', lockedBy: workerId, lockedUntil, attempts: { increment: 1 } },
    });
    // Another worker won the race: try the next job.
    return count === 1
      ? { ...job, state: 'running', lockedBy: workerId, lockedUntil, attempts: job.attempts + 1 }
      : claim(workerId, tasks);
  }

  async function execute(job: JobRow, workerId: string, tasks: TaskList) {
    const mine = { id: job.id, lockedBy: workerId };
    const renew = setInterval(
      () => {
        void conn.job
          .updateMany({ where: mine, data: { lockedUntil: new Date(Date.now() + leaseMs) } })
          .catch(() => undefined);
      },
      Math.max(100, leaseMs / 3),
    );
    try {
      await tasks[job.task]!(JSON.parse(job.payload) as unknown, {
        attempt: job.attempts,
        maxAttempts: job.maxAttempts,
      });
      await conn.job.updateMany({
        where: mine,
        data: { state: 'done', lockedBy: null, lockedUntil: null, lastError: null },
      });
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      const giveUp = job.attempts >= job.maxAttempts;
      await conn.job.updateMany({
        where: mine,
        data: {
          state: giveUp ? 'failed' : 'queued',
          lockedBy: null,
          lockedUntil: null,
          lastError,
          runAt: new Date(Date.now() + backoffMs(job.attempts)),
        },
      });
      logger().error(
        {
          task: job.task,
          jobId: job.id,
          attempt: job.attempts,
          maxAttempts: job.maxAttempts,
          giveUp,
          err: error,
        },
        giveUp ? 'job failed, giving up' : 'job failed, will retry',
      );
    } finally {
      clearInterval(renew);
    }
  }

  function run(tasks: TaskList, { concurrency, pollMs }: RunOptions): Promise<RunningWorker> {
    const workerId = `table-${randomUUID().slice(0, 8)}`;
    const names = Object.keys(tasks);
    let stopping = false;
    const sleepers = new Set<() => void>();
    const wake = () => sleepers.forEach((resolve) => resolve());
    const onAdded = wake;
    added.on('job', onAdded);

    async function loop() {
      while (!stopping) {
        const job = await claim(workerId, names).catch((error: unknown) => {
          logger().error({ err: error }, 'claiming a job failed');
          return null;
        });
        if (job) {
          await execute(job, workerId, tasks);
          continue;
        }
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            sleepers.delete(done);
            resolve();
          };
          const timer = setTimeout(done, pollMs);
          sleepers.add(done);
        });
      }
    }
    const loops = Array.from({ length: concurrency }, loop);
    return Promise.resolve({
      async stop() {
        stopping = true;
        added.off('job', onAdded);
        wake();
        await Promise.all(loops);
      },
    });
  }

  return { kind: 'table', add, run, close: () => Promise.resolve() };
}
