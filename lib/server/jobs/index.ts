import 'server-only';
import { db } from '../db/client';
import { readEnv } from '../env';
import { dbTarget } from '../db/url';
import { graphileQueue } from './graphile-queue';
import { tableQueue } from './table-queue';
import type { JobQueue } from './types';

export type { JobContext, JobOptions, JobQueue, RunningWorker, TaskHandler, TaskList } from './types';

// The shop's one queue, chosen by the database: graphile-worker on PostgreSQL, the Job table on
// SQLite (run by the worker inside `npm start`, or by `npm run worker`).

const globalForJobs = globalThis as unknown as { onekindJobs?: JobQueue };

/** The job queue of this process. */
export function jobs(): JobQueue {
  if (!globalForJobs.onekindJobs) {
    const env = readEnv();
    const target = dbTarget(env.databaseUrl);
    globalForJobs.onekindJobs =
      target.provider === 'postgresql'
        ? graphileQueue(target.url, { leaseMs: env.jobLeaseSeconds * 1000 })
        : tableQueue(db(), { leaseMs: env.jobLeaseSeconds * 1000 });
  }
  return globalForJobs.onekindJobs;
}

/** Replaces the process's queue (tests). */
export function setJobs(next: JobQueue | undefined): void {
  globalForJobs.onekindJobs = next;
}
