import http from 'node:http';
import type { AddressInfo } from 'node:net';

// The small load balancer of the multi-process test and the throughput bench. (Not
// server-only: the end-to-end specs and the benches start one.)

export type RoundRobinProxy = {
  url: string;
  /** Sends the next requests to these backends instead. */
  setBackends: (backends: string[]) => void;
  close: () => Promise<void>;
};

function appendHop(req: http.IncomingMessage): string {
  const sent = req.headers['x-forwarded-for'];
  const prior = Array.isArray(sent) ? sent.join(', ') : sent;
  const client = req.socket.remoteAddress ?? '';
  return prior ? `${prior}, ${client}` : client;
}

/**
 * A round-robin HTTP proxy on 127.0.0.1 in front of `backends`: each request goes to the next
 * one with the client's address appended to X-Forwarded-For (as nginx's
 * $proxy_add_x_forwarded_for does, so a client's own entries stay in front of it), and the
 * answer says which one served it (x-served-by, the backend's index).
 */
export async function roundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  let targets = [...backends];
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const index = next++ % targets.length;
    const target = new URL(req.url ?? '/', targets[index]);
    const upstream = http.request(
      target,
      {
        method: req.method,
        agent,
        headers: { ...req.headers, host: target.host, 'x-forwarded-for': appendHop(req) },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': String(index) });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setBackends: (next) => {
      targets = [...next];
    },
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
