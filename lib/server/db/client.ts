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

/** Opens a client for a database URL: SQLite through better-sqlite3, PostgreSQL through pg. */
export function createDb(url: string): Db {
  const target = dbTarget(url);
  if (target.provider === 'sqlite') {
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${target.file}` }) });
  }
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { onekindDb?: Db };

/** The process-wide client for the configured DATABASE_URL (one per process, also across dev reloads). */
export function db(): Db {
  globalForDb.onekindDb ??= createDb(readEnv().databaseUrl);
  return globalForDb.onekindDb;
}
