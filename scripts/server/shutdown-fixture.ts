// A server for shutdown.test.ts: the real request pipeline and graceful shutdown, with a
// stand-in for Next.js that answers GET /slow?ms=N after N milliseconds. Prints "listening
// <port>" when ready and "hook ran" from its shutdown hook.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { onShutdown } from '@/lib/server/ops/shutdown';
import { requestListener } from './app-server';
import { installGracefulShutdown } from './shutdown';

const server = http.createServer(
  requestListener({
    trustedProxies: [],
    e2eServerToken: undefined,
    handle: async (req, res) => {
      const ms = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('ms') ?? 0);
      await new Promise((resolve) => setTimeout(resolve, ms));
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`done after ${ms} ms`);
    },
  }),
);
onShutdown(async () => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  process.stdout.write('hook ran\n');
}, 'test hook');
server.listen(0, '127.0.0.1', () => {
  installGracefulShutdown(server, Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 5_000));
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`);
});
