import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { dbTarget, type DbTarget } from './url';

// Applies the checked-in SQL migrations, one transaction each, and records them in Prisma's own
// `_prisma_migrations` table (same columns, sha256 checksums), so `prisma migrate status` agrees.
// Prisma's CLI can do this for SQLite, but its WebAssembly engine cannot for PostgreSQL here,
// so one small runner serves both databases the same way.

export type Migration = { name: string; sql: string; checksum: string };

const ROOT = process.cwd();

/** The folder holding a database's migrations, oldest first by folder name. */
export function migrationsDir(provider: DbTarget['provider']): string {
  return path.join(ROOT, 'prisma', provider === 'sqlite' ? 'migrations' : 'postgres/migrations');
}

/** Reads the migrations checked in for a database, in the order they must run. */
export function readMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

type Applied = { migration_name: string; checksum: string };

/** Refuses to run when a migration that already ran was edited or deleted since. */
function pending(all: Migration[], applied: Applied[]): Migration[] {
  for (const row of applied) {
    const file = all.find((m) => m.name === row.migration_name);
    if (!file) throw new Error(`Migration ${row.migration_name} was applied to this database but is missing from the repository`);
    if (file.checksum !== row.checksum) throw new Error(`Migration ${row.migration_name} was edited after it was applied; add a new migration instead`);
  }
  const done = new Set(applied.map((row) => row.migration_name));
  return all.filter((m) => !done.has(m.name));
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

function migrateSqlite(file: string, all: Migration[]): string[] {
  const conn = new Database(file);
  try {
    conn.pragma('journal_mode = WAL');
    conn.exec(SQLITE_TABLE);
    // IMMEDIATE takes the write lock up front, so two starting servers cannot both migrate.
    return conn.transaction(() => {
      const applied = conn.prepare('SELECT migration_name, checksum FROM _prisma_migrations WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL').all() as Applied[];
      const todo = pending(all, applied);
      for (const m of todo) {
        const now = new Date().toISOString();
        conn.exec(m.sql);
        conn.prepare('INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)').run(randomUUID(), m.checksum, now, m.name, now);
      }
      return todo.map((m) => m.name);
    }).immediate();
  } finally {
    conn.close();
  }
}

async function migratePostgres(url: string, all: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // One migrator at a time across processes; the lock ends with the transaction.
    await client.query('SELECT pg_advisory_xact_lock(727274)');
    await client.query(PG_TABLE);
    const { rows } = await client.query<Applied>('SELECT migration_name, checksum FROM _prisma_migrations WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL');
    const todo = pending(all, rows);
    for (const m of todo) {
      await client.query(m.sql);
      await client.query('INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)', [randomUUID(), m.checksum, m.name]);
    }
    await client.query('COMMIT');
    return todo.map((m) => m.name);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Brings the database at `url` up to the latest migration; returns the names it applied. */
export async function migrate(url: string): Promise<string[]> {
  const target = dbTarget(url);
  const all = readMigrations(migrationsDir(target.provider));
  return target.provider === 'sqlite' ? migrateSqlite(target.file, all) : migratePostgres(target.url, all);
}
