// npm run bench — benchmarks against a production build on loopback, SQLite and PostgreSQL.
import pg from 'pg';
import { benchCatalogue } from './catalogue';
import { benchProductPages } from './product-page';
import { startServer } from './server';

const PG_ADMIN = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function withPostgres(run: (url: string) => Promise<void>) {
  const name = `onekind_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  try {
    await admin.connect();
  } catch {
    console.log(`\nPostgreSQL at ${PG_ADMIN} is unreachable: skipping its benchmarks.`);
    return;
  }
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  try {
    await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const sqlite = await startServer(3201, './data/bench-sqlite');
try {
  await benchCatalogue(sqlite.url, 'SQLite');
  await benchProductPages(sqlite.url);
} finally {
  sqlite.stop();
}

await withPostgres(async (databaseUrl) => {
  const server = await startServer(3202, './data/bench-postgres', databaseUrl);
  try {
    await benchCatalogue(server.url, 'PostgreSQL');
  } finally {
    server.stop();
  }
});
