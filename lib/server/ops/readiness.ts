import 'server-only';
import { providerOf, type Db } from '../db/client';
import { migrationsDir, readMigrations } from '../db/migrate';
import type { LimitStore } from '../limits';
import type { ObjectStorage } from '../storage';

// Whether this process can serve: its database answers and has every migration this code
// expects, its object store answers, and so does its limit store (Redis, when it is used). Reasons are short and fixed (the details go to the
// log), so /readyz tells a load balancer what is wrong without telling a stranger much.

export type Readiness = { ready: true } | { ready: false; reason: string; error?: unknown };

const CHECK_TIMEOUT_MS = 3_000;

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Names of the migrations this code expects, read once per database kind. */
const expected = new Map<string, string[]>();

async function missingMigrations(conn: Db): Promise<string[]> {
  const provider = providerOf(conn);
  if (!expected.has(provider))
    expected.set(
      provider,
      readMigrations(migrationsDir(provider)).map((m) => m.name),
    );
  const rows = await conn.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  return expected.get(provider)!.filter((name) => !applied.has(name));
}

/** Checks the database, its migrations, the object store and the limit store. */
export async function checkReadiness(
  conn: Db,
  objects: ObjectStorage,
  limits?: LimitStore,
): Promise<Readiness> {
  let missing: string[];
  try {
    missing = await within(missingMigrations(conn), 'the database');
  } catch (error) {
    return { ready: false, reason: 'database unreachable or not migrated', error };
  }
  if (missing.length) return { ready: false, reason: `migrations not applied: ${missing.join(', ')}` };
  try {
    await within(objects.ping(), 'the object store');
  } catch (error) {
    return { ready: false, reason: 'object storage unreachable', error };
  }
  try {
    await within(limits?.ping() ?? Promise.resolve(), 'the limit store');
  } catch (error) {
    return { ready: false, reason: 'rate limit store unreachable', error };
  }
  return { ready: true };
}
