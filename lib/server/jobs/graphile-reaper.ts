import 'server-only';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { WorkerEvents } from 'graphile-worker';
import { logger } from '../ops/logger';

// graphile-worker releases the jobs of a worker that died only after four hours. This gives
// PostgreSQL workers the SQLite queue's lease instead: each worker process holds a session
// advisory lock per graphile worker pool and worker it runs, on a connection of its own, so the locks vanish
// with the process (SIGKILL, a lost machine). Every few seconds each process looks at the
// workers holding jobs locked for longer than the grace period; one whose advisory lock it
// can take is gone, and its jobs are unlocked (graphile's force_unlock_workers) for the next
// worker to take, the lost run having counted as an attempt.

const LOCK_CLASS = 4_242_015;

export type Reaper = { events: WorkerEvents; stop(): Promise<void> };

/** Starts the liveness locks and the sweep for dead workers of the queue at `connectionString`. */
export async function startReaper(
  connectionString: string,
  { graceMs, everyMs = 5000 }: { graceMs: number; everyMs?: number },
): Promise<Reaper> {
  const holder = new pg.Client({ connectionString });
  await holder.connect();
  const mine = new Set<string>();
  const events = new EventEmitter() as WorkerEvents;
  // Jobs are locked in the name of the pool (or of a worker of it): hold a lock for each.
  // One query at a time on the holding connection (pg would queue them, with a warning).
  let locking: Promise<unknown> = Promise.resolve();
  const hold = (id: string) => {
    mine.add(id);
    locking = locking
      .then(() => holder.query('SELECT pg_advisory_lock($1, hashtext($2))', [LOCK_CLASS, id]))
      .catch((error: unknown) =>
        logger().error({ err: error, workerId: id }, 'taking a liveness lock failed'),
      );
  };
  events.on('pool:create', ({ workerPool }) => hold(workerPool.id));
  events.on('worker:create', ({ worker }) => hold(worker.workerId));

  async function sweep() {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      const { rows } = await client.query<{ locked_by: string }>(
        `SELECT DISTINCT locked_by FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1)`,
        [graceMs / 1000],
      );
      for (const { locked_by: id } of rows.filter((r) => !mine.has(r.locked_by))) {
        const { rows: took } = await client.query<{ ok: boolean }>(
          'SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok',
          [LOCK_CLASS, id],
        );
        if (!took[0]?.ok) continue;
        await client.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [[id]]);
        await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_CLASS, id]);
        logger().warn({ workerId: id }, 'released the jobs of a worker that stopped without finishing them');
      }
    } finally {
      await client.end();
    }
  }
  const timer = setInterval(
    () =>
      void sweep().catch((error: unknown) => logger().error({ err: error }, 'sweeping dead workers failed')),
    everyMs,
  );
  timer.unref();
  return {
    events,
    async stop() {
      clearInterval(timer);
      await locking;
      await holder.end();
    },
  };
}
