import 'server-only';
import { readEnv } from '../env';
import { logger } from '../ops/logger';
import { installWebhookWaker, TASKS } from './enqueue';
import { shopTasks } from './tasks';
import { jobs, type RunningWorker } from '.';

// A worker: runs the shop's jobs from the queue, and queues the periodic ones (the sweep every
// half minute, the clean-up every hour) under keys, so N workers still queue one of each.

const SWEEP_MS = 30_000;
const CLEAN_UP_MS = 60 * 60 * 1000;

/** Starts this process's worker. `stop()` queues nothing more and waits for the current jobs. */
export async function startWorker({
  concurrency = readEnv().workerConcurrency,
  pollMs = 1000,
} = {}): Promise<RunningWorker> {
  const queue = jobs();
  installWebhookWaker();
  const every = (task: string, ms: number) => {
    const add = () =>
      void queue
        .add(task, {}, { key: task, maxAttempts: 3 })
        .catch((error: unknown) => logger().error({ err: error, task }, 'queueing a periodic job failed'));
    add();
    return setInterval(add, ms).unref();
  };
  const running = await queue.run(shopTasks, { concurrency, pollMs });
  const timers = [every(TASKS.sweep, SWEEP_MS), every(TASKS.cleanUp, CLEAN_UP_MS)];
  logger().info(
    { queue: queue.kind, concurrency },
    `Worker: running jobs (${queue.kind}, ${concurrency} at once).`,
  );
  return {
    async stop() {
      timers.forEach(clearInterval);
      await running.stop();
      await queue.close();
    },
  };
}
