import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createDb, type Db } from '../db/client';
import { migrate } from '../db/migrate';
import { seed } from '../db/seed';
import { diskStorage } from '../storage/disk';

// Throw-away databases for tests: a SQLite file in a temp folder, and a PostgreSQL database
// created on the local server and dropped afterwards. In CI PostgreSQL must be there.

export type TestDatabase = { url: string; db: Db; drop: () => Promise<void> };
export type TestDatabaseKind = {
  name: 'SQLite' | 'PostgreSQL';
  create: () => Promise<TestDatabase>;
  available: boolean;
};

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (process.env.CI)
      throw new Error(`PostgreSQL tests must run in CI but ${ADMIN_URL} is unreachable`, { cause: error });
    console.warn(`PostgreSQL at ${ADMIN_URL} is unreachable: skipping its tests (set TEST_POSTGRES_URL).`);
    return false;
  }
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createSqlite(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-test-'));
  const url = `file:${path.join(dir, 'test.db')}`;
  await migrate(url);
  const db = createDb(url);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgres(): Promise<TestDatabase> {
  const name = `onekind_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const db = createDb(url.toString());
  return {
    url: url.toString(),
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Both databases the app supports; PostgreSQL is marked unavailable (and skipped) only outside CI. */
export async function testDatabases(): Promise<TestDatabaseKind[]> {
  return [
    { name: 'SQLite', create: createSqlite, available: true },
    { name: 'PostgreSQL', create: createPostgres, available: await postgresReachable() },
  ];
}

/**
 * Registers a database of `kind`, migrated and seeded with the catalogue before the suite's
 * tests and dropped after them; read `.db` and `.url` inside tests (not while collecting them).
 */
export function seededTestDatabase(kind: TestDatabaseKind): { readonly db: Db; readonly url: string } {
  let t: TestDatabase | undefined;
  let objects: string | undefined;
  beforeAll(async () => {
    if (!kind.available) return;
    t = await kind.create();
    // The seed products' models go to a store of the suite's own, not the shop's.
    objects = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-objects-'));
    await seed(t.db, diskStorage(objects));
  });
  afterAll(async () => {
    await t?.drop();
    if (objects) fs.rmSync(objects, { recursive: true, force: true });
  });
  const current = () => {
    if (!t) throw new Error(`No ${kind.name} test database: read it inside a test of an available kind.`);
    return t;
  };
  return {
    get db() {
      return current().db;
    },
    get url() {
      return current().url;
    },
  };
}
