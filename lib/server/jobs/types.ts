// The job queue seam: one small interface, run by the shop's own table on SQLite
// (table-queue.ts) and by graphile-worker on PostgreSQL (graphile-queue.ts).

export type JobOptions = {
  /**
   * At most one job per key waits or runs at a time: adding a job whose key is queued replaces
   * its payload, and one whose key is running is left to that run.
   */
  key?: string;
  /** Attempts before the job is given up (the dead-letter state); 8 unless given. */
  maxAttempts?: number;
  /** Not before this moment. */
  runAt?: Date;
};

/** What a task knows about the job it runs. */
export type JobContext = { attempt: number; maxAttempts: number };

/** A task: throws to fail the attempt (retried with backoff until maxAttempts). */
export type TaskHandler = (payload: unknown, context: JobContext) => Promise<void>;

export type TaskList = Record<string, TaskHandler>;

export type RunOptions = {
  /** Jobs run at once by this process. */
  concurrency: number;
  /** How often an idle worker looks for jobs added by other processes. */
  pollMs: number;
};

/** A running worker. stop() takes no new job and resolves when the current ones have finished. */
export type RunningWorker = { stop(): Promise<void> };

export interface JobQueue {
  readonly kind: 'table' | 'graphile-worker';
  add(task: string, payload: Record<string, unknown>, options?: JobOptions): Promise<void>;
  run(tasks: TaskList, options: RunOptions): Promise<RunningWorker>;
  /** Releases connections the queue opened for adding jobs. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_ATTEMPTS = 8;
