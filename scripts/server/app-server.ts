// The production HTTP server: Node's http module in front of Next.js's request handler
// (Next's documented custom-server API), so requests pass through code of ours first. Today
// that code works out the client's address (forwarded.ts); it is also where health checks,
// metrics, graceful shutdown and an in-process job worker belong.
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { formatRange } from '@/lib/net/ip';
import type { Env } from '@/lib/server/env';
import { markCustomServer } from '@/lib/server/http/client-header';
import { stampClient } from './forwarded';

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export type ListenerOptions = Pick<Env, 'trustedProxies' | 'e2eServerToken'> & { handle: Handle };

/** Where the end-to-end tests ask the server to prove it is theirs (answered only with E2E_SERVER_TOKEN set). */
export const E2E_SERVER_PATH = '/__e2e-server';

/** The request pipeline: our own answers first, then Next.js with the client stamped on the request. */
export function requestListener({
  trustedProxies,
  e2eServerToken,
  handle,
}: ListenerOptions): RequestListener {
  return (req, res) => {
    if (e2eServerToken && req.url === E2E_SERVER_PATH) {
      res
        .writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
        .end(e2eServerToken);
      return;
    }
    stampClient(req, trustedProxies);
    handle(req, res).catch((error: unknown) => {
      console.error('Request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Something went wrong.');
    });
  };
}

/** Serves the production build in `dir` on env.port until the process is told to stop. */
export async function startServer(env: Env, dir = process.cwd()): Promise<http.Server> {
  // As `next start` does; React and Next.js pick their production builds by it.
  Object.assign(process.env, { NODE_ENV: 'production' });
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  const { default: next } = await import('next');
  const app = next({ dev: false, dir, hostname: 'localhost', port: env.port });
  await app.prepare();
  markCustomServer();

  const server = http.createServer(requestListener({ ...env, handle: app.getRequestHandler() }));
  await new Promise<void>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error;
      console.error(
        `\n  Port ${env.port} is taken by another program. Stop it, or choose another port with PORT.\n`,
      );
      process.exit(1);
    });
    server.listen(env.port, resolve);
  });
  const proxies = env.trustedProxies.length
    ? `X-Forwarded-* believed from ${env.trustedProxies.map(formatRange).join(', ')}`
    : 'no trusted proxies: client addresses are socket addresses';
  console.log(`Onekind is ready on ${env.publicUrl} (port ${env.port}; ${proxies}).`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close();
      process.exit(0);
    });
  }
  return server;
}
