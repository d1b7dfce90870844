// npm run bench -- lists: the order lists (the maker's queue and the studio's orders) on a shop
// with 20,000 waiting orders, SQLite and PostgreSQL: the median of 7 runs of each query, in
// process (the data layer, not HTTP). Each database is filled in a process of its own.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ORDERS = 20_000;

function run(databaseUrl?: string): Record<string, number> {
  const args = [
    '--conditions=react-server',
    path.join('bench', 'order-lists-run.ts'),
    databaseUrl ?? '',
    String(ORDERS),
  ];
  const out = execFileSync(path.join('node_modules', '.bin', 'tsx'), args, {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
}

/** Prints one table with a column per database (PostgreSQL when `postgresUrl` is given). */
export function benchOrderLists(postgresUrl?: string): void {
  const sqlite = run();
  const postgres = postgresUrl ? run(postgresUrl) : null;
  console.log(`\nOrder lists with ${ORDERS.toLocaleString('en')} waiting orders, median of 7 (ms):`);
  console.log(`${'query'.padEnd(40)}  ${'SQLite'.padStart(8)}  ${postgres ? 'PostgreSQL'.padStart(10) : ''}`);
  for (const [name, ms] of Object.entries(sqlite))
    console.log(
      `${name.padEnd(40)}  ${String(ms).padStart(8)}  ${postgres ? String(postgres[name]).padStart(10) : ''}`,
    );
}
