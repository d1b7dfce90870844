import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { parseRanges, type IpRange } from '../net/ip';
import type { S3StorageConfig } from './storage/s3';

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
  /** Requests one API key may make per minute (a burst of the same size is allowed). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /**
   * The one-time setup code `npm start` uses while the shop has no account, instead of a random
   * one (unattended installs, the end-to-end tests). Only npm start reads it.
   */
  SETUP_CODE: z
    .string()
    .regex(/^[A-Za-z0-9 -]{16,100}$/, {
      error: 'SETUP_CODE must be 16 to 100 letters, digits, spaces or dashes',
    })
    .optional(),
  /** Where files are kept: s3://bucket[/prefix] for an S3-compatible store; the disk under DATA_DIR when unset. */
  STORAGE_URL: z
    .string()
    .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[A-Za-z0-9._-]+)*\/?$/, {
      error: 'STORAGE_URL must be s3://bucket or s3://bucket/prefix',
    })
    .refine((url) => !url.split('/').some((part) => part === '.' || part === '..'), {
      error: 'STORAGE_URL must be s3://bucket or s3://bucket/prefix, without . or .. in the prefix',
    })
    .optional(),
  /** The S3 endpoint (MinIO, Ceph, R2, ...); AWS's own when unset. */
  S3_ENDPOINT: z.url({ error: 'S3_ENDPOINT must be a URL such as http://127.0.0.1:9000' }).optional(),
  S3_REGION: z.string().default('us-east-1'),
  /** Bucket in the path rather than the host name; on by default with S3_ENDPOINT. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { error: 'S3_FORCE_PATH_STYLE must be true or false' })
    .optional(),
  AWS_ACCESS_KEY_ID: z.string().optional(),
  AWS_SECRET_ACCESS_KEY: z.string().optional(),
  /** Redis for the throttles (redis://host:6379); they are kept in the database when unset. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, { error: 'REDIS_URL must be redis://host:port or rediss://...' })
    .optional(),
  /** Where throttles count: redis (needs REDIS_URL), database (default without it), or memory (this process only). */
  RATE_LIMIT_STORE: z
    .enum(['redis', 'database', 'memory'], { error: 'RATE_LIMIT_STORE must be redis, database or memory' })
    .optional(),
  /** Bearer token that /metrics asks for; without it /metrics answers 404. */
  METRICS_TOKEN: z.string().min(16, { error: 'METRICS_TOKEN must be at least 16 characters' }).optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent',
    })
    .default('info'),
  /** How long a stopping server waits for in-flight requests (and then for its shutdown hooks). */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'SHUTDOWN_TIMEOUT_SECONDS must be a number' })
    .positive()
    .default(25),
  /**
   * Whether `npm start` / `npm run serve` also run a job worker in the web process (the embedded
   * default). Set to false on web processes when `npm run worker` processes run the jobs.
   */
  IN_PROCESS_WORKER: z
    .enum(['true', 'false'], { error: 'IN_PROCESS_WORKER must be true or false' })
    .default('true'),
  /** Jobs a worker runs at once (production renders are one line at a time per process anyway). */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  /** How long a job stays claimed by a worker that died before another takes it. */
  JOB_LEASE_SECONDS: z.coerce.number().min(1).max(3600).default(30),
  /** Days an upload that no design, order or template uses is kept before the clean-up deletes it. */
  UPLOAD_GRACE_DAYS: z.coerce
    .number({ error: 'UPLOAD_GRACE_DAYS must be a number' })
    .positive({ error: 'UPLOAD_GRACE_DAYS must be more than 0' })
    .default(7),
  /** Set only on the end-to-end tests' server, which answers it at /__e2e-server to prove who it is. */
  E2E_SERVER_TOKEN: z.string().min(16).optional(),
});

/** The object store: the disk folder, or an S3-compatible bucket (see storage/s3.ts). */
export type StorageEnv = { kind: 'disk'; root: string } | ({ kind: 's3' } & S3StorageConfig);

/** Where throttles count (see limits/). */
export type LimitsEnv = { store: 'redis'; redisUrl: string } | { store: 'database' | 'memory' };

export type Env = {
  databaseUrl: string;
  dataDir: string;
  port: number;
  /** Where the shop is reached, without a trailing slash: the one source of every printed or mailed URL. */
  publicUrl: string;
  trustedProxies: IpRange[];
  orderRateLimitPerMinute: number;
  apiRateLimitPerMinute: number;
  setupCode: string | undefined;
  e2eServerToken: string | undefined;
  storage: StorageEnv;
  limits: LimitsEnv;
  metricsToken: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  shutdownTimeoutMs: number;
  inProcessWorker: boolean;
  workerConcurrency: number;
  jobLeaseSeconds: number;
  uploadGraceMs: number;
};

type ParsedEnv = z.infer<typeof envSchema>;

function limitsEnv(e: ParsedEnv): LimitsEnv {
  const store = e.RATE_LIMIT_STORE ?? (e.REDIS_URL ? 'redis' : 'database');
  if (store !== 'redis') return { store };
  if (!e.REDIS_URL) throw new Error('Invalid environment: RATE_LIMIT_STORE=redis needs REDIS_URL');
  return { store, redisUrl: e.REDIS_URL };
}

function storageEnv(e: ParsedEnv, dataDir: string): StorageEnv {
  if (!e.STORAGE_URL) return { kind: 'disk', root: path.join(dataDir, 'objects') };
  const [bucket = '', ...prefix] = e.STORAGE_URL.slice('s3://'.length).split('/').filter(Boolean);
  if (Boolean(e.AWS_ACCESS_KEY_ID) !== Boolean(e.AWS_SECRET_ACCESS_KEY))
    throw new Error('Invalid environment: set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither');
  return {
    kind: 's3',
    bucket,
    prefix: prefix.join('/'),
    endpoint: e.S3_ENDPOINT,
    region: e.S3_REGION,
    credentials:
      e.AWS_ACCESS_KEY_ID && e.AWS_SECRET_ACCESS_KEY
        ? { accessKeyId: e.AWS_ACCESS_KEY_ID, secretAccessKey: e.AWS_SECRET_ACCESS_KEY }
        : undefined,
    forcePathStyle: e.S3_FORCE_PATH_STYLE ? e.S3_FORCE_PATH_STYLE === 'true' : Boolean(e.S3_ENDPOINT),
  };
}

/** Reads and validates the server environment; throws a readable error when it is wrong. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable counts as unset.
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.keys(envSchema.shape).map((name) => [name, source[name] || undefined])),
  );
  if (!parsed.success)
    throw new Error(
      `Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    trustedProxies: e.TRUSTED_PROXIES,
    orderRateLimitPerMinute: e.ORDER_RATE_LIMIT_PER_MINUTE,
    apiRateLimitPerMinute: e.API_RATE_LIMIT_PER_MINUTE,
    setupCode: e.SETUP_CODE,
    e2eServerToken: e.E2E_SERVER_TOKEN,
    storage: storageEnv(e, dataDir),
    limits: limitsEnv(e),
    metricsToken: e.METRICS_TOKEN,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    inProcessWorker: e.IN_PROCESS_WORKER === 'true',
    workerConcurrency: e.WORKER_CONCURRENCY,
    jobLeaseSeconds: e.JOB_LEASE_SECONDS,
    uploadGraceMs: e.UPLOAD_GRACE_DAYS * 24 * 60 * 60 * 1000,
  };
}
