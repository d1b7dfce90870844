// Run before the end-to-end server is started (playwright.config.ts): when E2E_PORT is taken,
// say so plainly instead of deleting the test data and failing somewhere inside `npm start`.
import net from 'node:net';
import { E2E_PORT, portTakenMessage } from './e2e-server';

const probe = net.createServer();
probe.once('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `\n  ${portTakenMessage(E2E_PORT)}\n`
      : `Cannot listen on port ${E2E_PORT}: ${error.message}`,
  );
  process.exit(1);
});
probe.listen(E2E_PORT, () => probe.close());
