import 'server-only';
import { Logger, makeWorkerUtils, run, type Task, type WorkerUtils } from 'graphile-worker';
import { logger } from '../ops/logger';
import { startReaper } from './graphile-reaper';
import { DEFAULT_MAX_ATTEMPTS, type JobQueue, type RunOptions, type TaskList } from './types';

// The queue on PostgreSQL: graphile-worker, which keeps its jobs in its own schema
// (graphile_worker, migrated by itself on first use), takes them with SKIP LOCKED, is woken by
// LISTEN/NOTIFY, and retries with exponential backoff. A key is graphile's job_key ("replace"
// mode: a queued job gets the new payload) and also its queue name: graphile runs a named
// queue's jobs one at a time, so a job added while its key runs waits for that run.

// Warnings and errors only: graphile's info lines would print a line per job.
const graphileLogger = new Logger((scope) => (level, message) => {
  const name: string = level;
  if (name === 'error') logger().error({ graphile: scope }, message);
  else if (name === 'warning') logger().warn({ graphile: scope }, message);
});

/** The queue in the PostgreSQL database at `connectionString`. */
export function graphileQueue(
  connectionString: string,
  { leaseMs = 30_000 }: { leaseMs?: number } = {},
): JobQueue {
  let utils: Promise<WorkerUtils> | undefined;
  const workerUtils = () =>
    (utils ??= makeWorkerUtils({ connectionString, logger: graphileLogger, maxPoolSize: 2 }).then(
      async (u) => {
        await u.migrate();
        return u;
      },
    ));

  return {
    kind: 'graphile-worker',
    async add(task, payload, { key, maxAttempts = DEFAULT_MAX_ATTEMPTS, runAt } = {}) {
      await (
        await workerUtils()
      ).addJob(task, payload, { jobKey: key, queueName: key, jobKeyMode: 'replace', maxAttempts, runAt });
    },
    async run(tasks: TaskList, { concurrency, pollMs }: RunOptions) {
      const taskList = Object.fromEntries(
        Object.entries(tasks).map(([name, handler]): [string, Task] => [
          name,
          (payload, helpers) =>
            handler(payload, { attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts }),
        ]),
      );
      await workerUtils(); // graphile's schema must exist before the reaper looks at it
      const reaper = await startReaper(connectionString, {
        graceMs: leaseMs,
        everyMs: Math.min(5000, Math.max(250, leaseMs / 2)),
      });
      const runner = await run({
        connectionString,
        concurrency,
        pollInterval: pollMs,
        noHandleSignals: true,
        taskList,
        logger: graphileLogger,
        events: reaper.events,
      });
      return {
        async stop() {
          await runner.stop();
          await reaper.stop();
        },
      };
    },
    async close() {
      const current = utils;
      utils = undefined;
      if (current) await (await current).release();
    },
  };
}
