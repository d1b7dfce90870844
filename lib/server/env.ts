import 'server-only';
import path from 'node:path';
import { z } from 'zod';

// The only place that reads the environment. Defaults give the embedded SQLite setup.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/onekind.db')
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      error: 'DATABASE_URL must be file:<path> (SQLite) or postgresql://... (PostgreSQL)',
    }),
  DATA_DIR: z.string().default('./data'),
  /** Where shoppers reach the shop, for links in e-mails. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Orders a client may place per minute (a burst of the same size is allowed). */
  ORDER_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /**
   * The one-time setup code `npm start` uses while the shop has no account, instead of a random
   * one (unattended installs, the end-to-end tests). Only npm start reads it.
   */
  SETUP_CODE: z.string().regex(/^[A-Za-z0-9 -]{16,100}$/, { error: 'SETUP_CODE must be 16 to 100 letters, digits, spaces or dashes' }).optional(),
});

export type Env = { databaseUrl: string; dataDir: string; publicUrl: string; orderRateLimitPerMinute: number; setupCode: string | undefined };

/** Reads and validates the server environment; throws a readable error when it is wrong. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    DATA_DIR: source.DATA_DIR || undefined,
    PUBLIC_URL: source.PUBLIC_URL || undefined,
    ORDER_RATE_LIMIT_PER_MINUTE: source.ORDER_RATE_LIMIT_PER_MINUTE || undefined,
    SETUP_CODE: source.SETUP_CODE || undefined,
  });
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { DATABASE_URL, DATA_DIR, PUBLIC_URL, ORDER_RATE_LIMIT_PER_MINUTE, SETUP_CODE } = parsed.data;
  return { databaseUrl: DATABASE_URL, dataDir: path.resolve(DATA_DIR), publicUrl: PUBLIC_URL.replace(/\/$/, ''), orderRateLimitPerMinute: ORDER_RATE_LIMIT_PER_MINUTE, setupCode: SETUP_CODE };
}
