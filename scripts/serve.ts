// npm run serve — serves an existing production build (`npm run build`) through the custom
// server (scripts/server/app-server.ts), with a job worker in the process unless
// IN_PROCESS_WORKER=false. `npm start` migrates, seeds and builds first.
import { readEnv } from '@/lib/server/env';
import { installWebhookWaker } from '@/lib/server/jobs/enqueue';
import { onShutdown } from '@/lib/server/ops/shutdown';
import { startServer } from './server/app-server';

const env = readEnv();
await startServer(env);
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
