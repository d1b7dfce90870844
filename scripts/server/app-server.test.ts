import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRanges } from '@/lib/net/ip';
import { CLIENT_ADDRESS_HEADER } from '@/lib/server/http/client-header';
import { E2E_SERVER_PATH, requestListener } from './app-server';

// The custom server's request pipeline over real HTTP, with a stand-in for Next.js that
// answers the headers it was handed. The whole app behind it: e2e/client-address.spec.ts.

type Seen = { headers: IncomingHttpHeaders };

async function serve(trustedProxies: string, e2eServerToken?: string) {
  const server = http.createServer(
    requestListener({
      trustedProxies: parseRanges(trustedProxies),
      e2eServerToken,
      handle: (req, res) =>
        Promise.resolve(
          void res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ headers: req.headers })),
        ),
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const seen = async (headers: Record<string, string> = {}) =>
    ((await (await fetch(url, { headers })).json()) as Seen).headers;
  return { server, url, seen };
}

describe('the custom server', () => {
  let direct: Awaited<ReturnType<typeof serve>>;
  let proxied: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    direct = await serve('', 'a-token-of-sixteen-or-more');
    proxied = await serve('127.0.0.1');
  });
  afterAll(() => {
    direct.server.close();
    proxied.server.close();
  });

  it('hands the app the socket address, whatever a client connecting directly claims', async () => {
    const headers = await direct.seen({
      [CLIENT_ADDRESS_HEADER]: '203.0.113.66',
      'x-forwarded-for': '203.0.113.1',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      forwarded: 'for=203.0.113.2',
      'x-real-ip': '203.0.113.3',
    });
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1');
    for (const name of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'forwarded', 'x-real-ip'])
      expect(headers[name], name).toBeUndefined();
  });

  it('behind a trusted proxy hands the app the right-most untrusted hop and keeps the proxy’s headers', async () => {
    const headers = await proxied.seen({
      [CLIENT_ADDRESS_HEADER]: '203.0.113.66',
      'x-forwarded-for': '198.51.100.9, 203.0.113.1',
      'x-forwarded-host': 'shop.example',
    });
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.1');
    expect(headers['x-forwarded-host']).toBe('shop.example');
    expect((await proxied.seen())[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1');
  });

  it('proves it is the end-to-end server only when given a token', async () => {
    const answer = await fetch(`${direct.url}${E2E_SERVER_PATH}`);
    expect([answer.status, await answer.text()]).toEqual([200, 'a-token-of-sixteen-or-more']);
    // Without a token the path is the app's like any other.
    expect(await proxied.seen()).toBeDefined();
    expect(((await (await fetch(`${proxied.url}${E2E_SERVER_PATH}`)).json()) as Seen).headers).toBeDefined();
  });
});
