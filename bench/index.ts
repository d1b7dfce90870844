// npm run bench — benchmarks against a production build on loopback, SQLite and PostgreSQL.
// `npm run bench -- orders` runs only the order benchmark (likewise `pages`, `production`, `lists`, `jobs`,
// `throughput`; `pages --base <checkout>` compares two builds' product pages; `floor` prints the stack's least JavaScript and, with --base, its first frame against the base's); BENCH_PORT moves the servers off ports 3201-3209.
import path from 'node:path';
import pg from 'pg';
import { benchCatalogue } from './catalogue';
import { benchFloor } from './floor';
import { benchJobs } from './jobs';
import { benchOrderLists } from './order-lists';
import { benchOrders } from './order-runs';
import { benchProductPages } from './product-page';
import { compareProductPages } from './product-page-compare';
import { benchProduction } from './production';
import { benchThroughput } from './throughput';
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

const only = process.argv[2];
const run = (name: 'pages' | 'orders' | 'production' | 'lists' | 'jobs' | 'throughput') =>
  !only || only === name;
const port = (offset: number) => Number(process.env.BENCH_PORT ?? 3201) + offset;

// `npm run bench -- pages --base <checkout>`: that checkout's build against this one, side by
// side (ports BENCH_PORT+10 and +11); build the other checkout first (npm run build there).
const baseDir = process.argv[3] === '--base' ? process.argv[4] : undefined;
// `npm run bench -- floor [--base <checkout>]`: the least JavaScript and the quickest first
// frame any page on this stack could have (bench/floor.ts), against the base's product pages.
if (only === 'floor') {
  const base = baseDir
    ? await startServer(port(10), path.resolve('./data/bench-compare-base'), { cwd: path.resolve(baseDir) })
    : undefined;
  try {
    await benchFloor(base?.url, port(12));
  } finally {
    base?.stop();
  }
} else if (only === 'pages' && baseDir) {
  const base = await startServer(port(10), path.resolve('./data/bench-compare-base'), {
    cwd: path.resolve(baseDir),
  });
  const ours = await startServer(port(11), path.resolve('./data/bench-compare-ours'));
  try {
    await compareProductPages(base.url, ours.url);
  } finally {
    base.stop();
    ours.stop();
  }
} else if (run('pages')) {
  const sqlite = await startServer(port(0), './data/bench-sqlite');
  try {
    await benchCatalogue(sqlite.url, 'SQLite');
    await benchProductPages(sqlite.url);
  } finally {
    sqlite.stop();
  }

  await withPostgres(async (databaseUrl) => {
    const server = await startServer(port(1), './data/bench-postgres', databaseUrl);
    try {
      await benchCatalogue(server.url, 'PostgreSQL');
    } finally {
      server.stop();
    }
  });
}

if (run('orders')) {
  await benchOrders('SQLite', port(2), './data/bench-orders-sqlite');
  await withPostgres((databaseUrl) =>
    benchOrders('PostgreSQL', port(3), './data/bench-orders-postgres', databaseUrl),
  );
}

if (run('production')) benchProduction();

// Production renders in a worker against main's render-on-request, side by side (ports +5, +6).
if (run('jobs')) await benchJobs(port(5));

// One web process against two behind a proxy, on PostgreSQL with a worker (ports +7, +8).
if (run('throughput')) await withPostgres((databaseUrl) => benchThroughput(port(7), databaseUrl));

if (run('lists')) {
  let ran = false;
  await withPostgres((databaseUrl) => {
    ran = true;
    benchOrderLists(databaseUrl);
    return Promise.resolve();
  });
  if (!ran) benchOrderLists();
}
