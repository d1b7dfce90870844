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
});

export type Env = { databaseUrl: string; dataDir: string };

/** Reads and validates the server environment; throws a readable error when it is wrong. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse({ DATABASE_URL: source.DATABASE_URL || undefined, DATA_DIR: source.DATA_DIR || undefined });
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { databaseUrl: parsed.data.DATABASE_URL, dataDir: path.resolve(parsed.data.DATA_DIR) };
}
