// npm run worker — a job worker without a web server: renders orders' production files,
// delivers the outbox, cleans up. Run as many as you like beside the web processes (on
// PostgreSQL; on SQLite one machine). SIGTERM or SIGINT: takes no new job, finishes the
// current ones, exits.
import { migrate } from '@/lib/server/db/migrate';
import { readEnv } from '@/lib/server/env';
import { startWorker } from '@/lib/server/jobs/worker';

process.env.NEXT_TELEMETRY_DISABLED ??= '1';

const env = readEnv();
const applied = await migrate(env.databaseUrl);
if (applied.length) console.log(`Database: applied ${applied.join(', ')}`);
const worker = await startWorker();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`Worker: ${signal}, finishing the current jobs...`);
    void worker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Worker: stopping failed', error);
        process.exit(1);
      },
    );
  });
}
