// Graceful shutdown of the HTTP server: on SIGTERM (or SIGINT) stop accepting connections,
// let the requests in flight finish (readiness already answers 503, responses close their
// connections), then run the shutdown hooks (lib/server/ops/shutdown.ts), then exit. Requests
// still running after the timeout are cut off; a second signal exits at once.
import type http from 'node:http';
import { logger } from '@/lib/server/ops/logger';
import { markShuttingDown, runShutdownHooks } from '@/lib/server/ops/shutdown';

/** Stops `server` as described above; resolves when the hooks have run. */
export async function stopGracefully(server: http.Server, timeoutMs: number): Promise<void> {
  markShuttingDown();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections that sit idle between requests are closed as they become idle.
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const cutOff = setTimeout(() => {
    logger().warn({ timeoutMs }, 'requests still running at the shutdown timeout: closing their connections');
    server.closeAllConnections();
  }, timeoutMs);
  await closed;
  clearInterval(idle);
  clearTimeout(cutOff);
  logger().info('requests finished; running shutdown hooks');
  await runShutdownHooks(timeoutMs, (name, error) =>
    logger().error({ err: error, hook: name }, 'shutdown hook failed'),
  );
}

/** Stops gracefully on the first SIGTERM or SIGINT, then exits; a second one exits at once. */
export function installGracefulShutdown(server: http.Server, timeoutMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger().info({ signal }, 'shutting down: no new connections, finishing requests');
    stopGracefully(server, timeoutMs).then(
      () => {
        logger().info('stopped');
        logger().flush();
        process.exit(0);
      },
      (error: unknown) => {
        logger().error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
