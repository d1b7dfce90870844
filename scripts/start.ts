// npm start — the one command that serves Onekind: migrates and seeds the database (SQLite by
// default, PostgreSQL when DATABASE_URL says so; scripts/prepare-shop.ts, in a process of its
// own), builds the app when the sources changed since the last build, then runs the
// production server (scripts/server) and, unless IN_PROCESS_WORKER=false, a job worker in the
// same process (lib/server/jobs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { clearSetupCode, newSetupCode } from '@/lib/server/auth/setup-code';
import { countUsers } from '@/lib/server/auth/users';
import { createDb } from '@/lib/server/db/client';
import { readEnv } from '@/lib/server/env';
import { installWebhookWaker } from '@/lib/server/jobs/enqueue';
import { onShutdown } from '@/lib/server/ops/shutdown';
import { startServer } from './server/app-server';

// Next.js would otherwise try to send anonymous telemetry over the network.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'next.config.mjs',
  'package.json',
  'tsconfig.json',
];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(entry).map((child) => newestMtime(path.join(entry, child))),
  );
}

function buildIsStale(): boolean {
  const buildId = path.join('.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  return Math.max(...SOURCES.map(newestMtime)) > fs.statSync(buildId).mtimeMs;
}

const env = readEnv();
// Migrate, seed and import in a child process (this node with tsx's loader flags): what
// seeding loads does not stay in the serving process's memory.
const prepared = spawnSync(
  process.execPath,
  [...process.execArgv, path.join(import.meta.dirname, 'prepare-shop.ts')],
  {
    stdio: 'inherit',
  },
);
if (prepared.status !== 0) process.exit(prepared.status ?? 1);
const conn = createDb(env.databaseUrl);
const hasAccounts = (await countUsers(conn)) > 0;
await conn.$disconnect();

if (buildIsStale()) {
  console.log('Building the app (first start or sources changed)...');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// No account yet: the one-time /setup page creates the first admin for whoever holds this code
// (a new one each start; SETUP_CODE fixes it for unattended installs). Printed after the
// build, so it is not lost in the build's output.
if (hasAccounts) clearSetupCode(env.dataDir);
else {
  const code = newSetupCode(env.dataDir, env.setupCode);
  const where = `${env.publicUrl}/setup`;
  console.log(
    `\n  No admin yet. Open ${where} and enter this setup code:\n\n      ${code}\n\n  (or run: npm run admin:create -- --email you@example.com --name "Your Name")\n`,
  );
}

await startServer(env);
// The embedded default runs the jobs (production renders, mail, clean-up) in this process too;
// IN_PROCESS_WORKER=false leaves them to `npm run worker` processes.
// Webhook events emitted here queue their delivery at once (else the worker's sweep finds them).
installWebhookWaker();
if (env.inProcessWorker) {
  // Imported only here: the tasks load the renderer (sharp, pdf-lib, fonts), which a web process
  // beside `npm run worker` processes never needs.
  const { startWorker } = await import('@/lib/server/jobs/worker');
  const worker = await startWorker();
  // On SIGTERM the server stops taking requests, then waits for the job in hand (its hooks run
  // after the in-flight requests, last registered first).
  onShutdown(() => worker.stop(), 'job worker');
}
