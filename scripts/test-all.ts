// npm test — the whole suite, in the order that fails fastest: lint and types, unit and
// database tests (SQLite and PostgreSQL), a production build, then end-to-end tests.
import { spawnSync } from 'node:child_process';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const steps: Array<[string, string[]]> = [
  ['Lint and typecheck', ['npm', 'run', '-s', 'check']],
  ['PostgreSQL schema in step', ['npm', 'run', '-s', 'db:sync-schema', '--', '--check']],
  ['Unit and database tests', ['npx', 'vitest', 'run']],
  ['Production build', ['npx', 'next', 'build']],
  ['End-to-end tests', ['npx', 'playwright', 'test']],
];

for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd!, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
