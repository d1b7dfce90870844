// The production HTTP server: Node's http module in front of Next.js's request handler
// (Next's documented custom-server API), so requests pass through code of ours first: a
// request id and a JSON log line for each request, its latency in the metrics, the operations
// endpoints (ops-routes.ts), the client's address (forwarded.ts), and graceful shutdown.
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { formatRange } from '@/lib/net/ip';
import { db } from '@/lib/server/db/client';
import type { Env } from '@/lib/server/env';
import { CLIENT_ADDRESS_HEADER, markCustomServer } from '@/lib/server/http/client-header';
import { limitStore } from '@/lib/server/limits';
import { logger } from '@/lib/server/ops/logger';
import { httpRequestDuration } from '@/lib/server/ops/metrics';
import { checkReadiness } from '@/lib/server/ops/readiness';
import { isShuttingDown, onShutdown } from '@/lib/server/ops/shutdown';
import { storage } from '@/lib/server/storage';
import { stampClient } from './forwarded';
import { answerOps, opsRoute, type OpsOptions } from './ops-routes';
import { routeLabeler } from './route-label';
import { installGracefulShutdown } from './shutdown';

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export type ListenerOptions = Pick<Env, 'trustedProxies' | 'e2eServerToken'> & {
  handle: Handle;
  /** The operations endpoints; none without it. */
  ops?: OpsOptions;
  /** A request's route label for the latency metric (route-label.ts). */
  routeOf?: (pathname: string) => string;
};

export const REQUEST_ID_HEADER = 'x-request-id';

/** The id a proxy in front gave the request when it is a sane token, else a new one. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w.:@-]{1,128}$/.test(given) ? given : randomUUID();
}

/** Logs and measures a request once its response is done (or the client went away). */
function record(req: IncomingMessage, res: ServerResponse, id: string, route: string, started: bigint): void {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const status = res.writableFinished ? res.statusCode : 499;
  httpRequestDuration().observe({ method: req.method ?? 'GET', route, status: String(status) }, seconds);
  // The path without its query: query strings can carry secrets (an order's access token).
  const path = (req.url ?? '/').split('?')[0];
  const line = {
    reqId: id,
    method: req.method,
    path,
    route,
    status,
    ms: Math.round(seconds * 1000),
    client: req.headers[CLIENT_ADDRESS_HEADER],
  };
  if (route === '/_next/*' || route === 'static file') logger().debug(line, 'request');
  else logger().info(line, 'request');
}

/** Where the end-to-end tests ask the server to prove it is theirs (answered only with E2E_SERVER_TOKEN set). */
export const E2E_SERVER_PATH = '/__e2e-server';

/** The request pipeline: our own answers first, then Next.js with the client stamped on the request. */
export function requestListener({
  trustedProxies,
  e2eServerToken,
  handle,
  ops,
  routeOf = () => 'unmatched',
}: ListenerOptions): RequestListener {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const id = requestIdOf(req);
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    // While draining, each response closes its connection, so keep-alive clients move on.
    if (isShuttingDown()) res.setHeader('connection', 'close');
    const pathname = (req.url ?? '/').split('?')[0]!;
    const op = ops && opsRoute(pathname, ops);
    res.once('close', () => record(req, res, id, op ? pathname : routeOf(pathname), started));
    const fail = (error: unknown) => {
      logger().error({ err: error, reqId: id }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Something went wrong.');
    };
    if (op) {
      answerOps(op, req, res, ops).catch(fail);
      return;
    }
    if (e2eServerToken && req.url === E2E_SERVER_PATH) {
      res
        .writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
        .end(e2eServerToken);
      return;
    }
    stampClient(req, trustedProxies);
    handle(req, res).catch(fail);
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

  const ops: OpsOptions = {
    metricsToken: env.metricsToken,
    ready: () => checkReadiness(db(), storage(), limitStore()),
  };
  const server = http.createServer(
    requestListener({ ...env, handle: app.getRequestHandler(), ops, routeOf: routeLabeler(dir) }),
  );
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
  logger().info(
    { publicUrl: env.publicUrl, port: env.port },
    `Onekind is ready on ${env.publicUrl} (port ${env.port}; ${proxies}).`,
  );
  // Registered first, so it runs last: after every other hook (a worker's last job) is done.
  onShutdown(() => db().$disconnect(), 'database connection');
  installGracefulShutdown(server, env.shutdownTimeoutMs);
  return server;
}
