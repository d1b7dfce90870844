import 'server-only';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { readEnv } from '../env';
import { PrismaClient as PostgresClient } from './generated/postgres';
import { PrismaClient as SqliteClient } from './generated/sqlite';
import { dbTarget } from './url';

/**
 * Both generated clients come from the same models (prisma/schema.prisma and its PostgreSQL
 * copy, kept in step by a test), so they expose the same API; we type them as one.
 */
export type Db = SqliteClient;

// A registered symbol, not a module-level map: Next.js may load this module more than once
// (one copy per server bundle) while the process shares one client through globalThis.
const PROVIDER = Symbol.for('onekind.db.provider');

/** Opens a client for a database URL: SQLite through better-sqlite3, PostgreSQL through pg. */
export function createDb(url: string): Db {
  const target = dbTarget(url);
  const conn =
    target.provider === 'sqlite'
      ? new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${target.file}` }) })
      : (new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db);
  Object.defineProperty(conn, PROVIDER, { value: target.provider });
  return conn;
}

/** Which database a client talks to, for the few hand-written statements that must differ. */
export function providerOf(conn: Db): 'sqlite' | 'postgresql' {
  const provider = (conn as unknown as Record<symbol, 'sqlite' | 'postgresql' | undefined>)[PROVIDER];
  if (!provider) throw new Error('This client was not opened with createDb');
  return provider;
}

const globalForDb = globalThis as unknown as { onekindDb?: Db };

/** The process-wide client for the configured DATABASE_URL (one per process, also across dev reloads). */
export function db(): Db {
  globalForDb.onekindDb ??= createDb(readEnv().databaseUrl);
  return globalForDb.onekindDb;
}

/** Closes the process-wide client, if one was opened (tests, before dropping its database). */
export async function closeDb(): Promise<void> {
  const open = globalForDb.onekindDb;
  globalForDb.onekindDb = undefined;
  await open?.$disconnect();
}
