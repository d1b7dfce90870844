import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { parseRanges, type IpRange } from '../net/ip';

// The only place that reads the environment. Defaults give the embedded SQLite setup.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/onekind.db')
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      error: 'DATABASE_URL must be file:<path> (SQLite) or postgresql://... (PostgreSQL)',
    }),
  DATA_DIR: z.string().default('./data'),
  /** The port the server listens on. */
  PORT: z.coerce.number({ error: 'PORT must be a port number' }).int().min(1).max(65535).default(3000),
  /** Where shoppers reach the shop, for links in e-mails and printed URLs; http://localhost:$PORT when unset. */
  PUBLIC_URL: z.url().optional(),
  /**
   * Proxies in front of the server (addresses and CIDR ranges, comma-separated) whose
   * X-Forwarded-For / -Host / -Proto headers are believed. Without any, a request's address is
   * its socket's, whatever it sends.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((text, ctx) => {
      try {
        return parseRanges(text);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `TRUSTED_PROXIES: ${(error as Error).message}` });
        return z.NEVER;
      }
    }),
  /** Orders a client may place per minute (a burst of the same size is allowed). */
  ORDER_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /**
   * The one-time setup code `npm start` uses while the shop has no account, instead of a random
   * one (unattended installs, the end-to-end tests). Only npm start reads it.
   */
  SETUP_CODE: z.string().regex(/^[A-Za-z0-9 -]{16,100}$/, { error: 'SETUP_CODE must be 16 to 100 letters, digits, spaces or dashes' }).optional(),
  /**
   * Whether `npm start` / `npm run serve` also run a job worker in the web process (the embedded
   * default). Set to false on web processes when `npm run worker` processes run the jobs.
   */
  IN_PROCESS_WORKER: z.enum(['true', 'false'], { error: 'IN_PROCESS_WORKER must be true or false' }).default('true'),
  /** Jobs a worker runs at once (production renders are one line at a time per process anyway). */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  /** How long a job stays claimed by a worker that died before another takes it. */
  JOB_LEASE_SECONDS: z.coerce.number().min(1).max(3600).default(30),
  /** Set only on the end-to-end tests' server, which answers it at /__e2e-server to prove who it is. */
  E2E_SERVER_TOKEN: z.string().min(16).optional(),
});

export type Env = {
  databaseUrl: string;
  dataDir: string;
  port: number;
  /** Where the shop is reached, without a trailing slash: the one source of every printed or mailed URL. */
  publicUrl: string;
  trustedProxies: IpRange[];
  orderRateLimitPerMinute: number;
  setupCode: string | undefined;
  e2eServerToken: string | undefined;
  inProcessWorker: boolean;
  workerConcurrency: number;
  jobLeaseSeconds: number;
};

const NAMES = ['DATABASE_URL', 'DATA_DIR', 'PORT', 'PUBLIC_URL', 'TRUSTED_PROXIES', 'ORDER_RATE_LIMIT_PER_MINUTE', 'SETUP_CODE', 'E2E_SERVER_TOKEN', 'IN_PROCESS_WORKER', 'WORKER_CONCURRENCY', 'JOB_LEASE_SECONDS'] as const;

/** Reads and validates the server environment; throws a readable error when it is wrong. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable counts as unset.
  const parsed = envSchema.safeParse(Object.fromEntries(NAMES.map((name) => [name, source[name] || undefined])));
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    trustedProxies: e.TRUSTED_PROXIES,
    orderRateLimitPerMinute: e.ORDER_RATE_LIMIT_PER_MINUTE,
    setupCode: e.SETUP_CODE,
    e2eServerToken: e.E2E_SERVER_TOKEN,
    inProcessWorker: e.IN_PROCESS_WORKER === 'true',
    workerConcurrency: e.WORKER_CONCURRENCY,
    jobLeaseSeconds: e.JOB_LEASE_SECONDS,
  };
}
