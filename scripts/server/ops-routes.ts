// The operations endpoints, answered by the custom server before Next.js sees the request:
// GET /healthz (the process is alive), GET /readyz (it can serve: database, migrations, object
// store, not shutting down) and GET /metrics (Prometheus text, only with METRICS_TOKEN as a
// bearer token; without METRICS_TOKEN the path is left to the app, which answers 404).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { logger } from '@/lib/server/ops/logger';
import { metricsRegistry } from '@/lib/server/ops/metrics';
import type { Readiness } from '@/lib/server/ops/readiness';
import { isShuttingDown } from '@/lib/server/ops/shutdown';

export type OpsOptions = { metricsToken: string | undefined; ready: () => Promise<Readiness> };

export type OpsRoute = 'healthz' | 'readyz' | 'metrics';

/** Which operations endpoint a path is, if any. */
export function opsRoute(
  pathname: string,
  { metricsToken }: Pick<OpsOptions, 'metricsToken'>,
): OpsRoute | undefined {
  if (pathname === '/healthz') return 'healthz';
  if (pathname === '/readyz') return 'readyz';
  if (pathname === '/metrics' && metricsToken) return 'metrics';
  return undefined;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True when the request carries `Authorization: Bearer <token>` (compared in constant time). */
function hasToken(req: IncomingMessage, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return Boolean(match) && timingSafeEqual(digest(match![1]!), digest(token));
}

/** Answers an operations endpoint. */
export async function answerOps(
  route: OpsRoute,
  req: IncomingMessage,
  res: ServerResponse,
  options: OpsOptions,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  switch (route) {
    case 'healthz':
      return json(res, 200, { status: 'ok' });
    case 'readyz': {
      if (isShuttingDown()) return json(res, 503, { status: 'unavailable', reason: 'shutting down' });
      const readiness = await options.ready();
      if (readiness.ready) return json(res, 200, { status: 'ready' });
      logger().warn({ err: readiness.error, reason: readiness.reason }, 'not ready');
      return json(res, 503, { status: 'unavailable', reason: readiness.reason });
    }
    case 'metrics': {
      if (!hasToken(req, options.metricsToken!)) {
        res
          .writeHead(401, { 'www-authenticate': 'Bearer', 'content-type': 'text/plain; charset=utf-8' })
          .end('Unauthorized');
        return;
      }
      const registry = metricsRegistry();
      const text = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(text);
      return;
    }
  }
}
