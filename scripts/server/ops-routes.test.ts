import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/server/db/client';
import { databaseLimitStore } from '@/lib/server/limits/database';
import { redisClient, redisLimitStore } from '@/lib/server/limits/redis';
import { setLogger } from '@/lib/server/ops/logger';
import { ordersPlaced } from '@/lib/server/ops/metrics';
import { checkReadiness } from '@/lib/server/ops/readiness';
import { diskStorage } from '@/lib/server/storage/disk';
import type { ObjectStorage } from '@/lib/server/storage';
import { testDatabases, type TestDatabase } from '@/lib/server/testing/databases';
import { requestListener } from './app-server';
import type { OpsOptions } from './ops-routes';

// The custom server's own endpoints and request bookkeeping over real HTTP, on a migrated
// SQLite database and a disk store, with a stand-in for Next.js that answers what it saw.

const TOKEN = 'metrics-token-for-the-tests';
const [sqlite] = await testDatabases();

let t: TestDatabase;
let dir: string;
let objects: ObjectStorage;
const logged: Record<string, unknown>[] = [];

async function serve(ops: OpsOptions) {
  const server = http.createServer(
    requestListener({
      trustedProxies: [],
      e2eServerToken: undefined,
      ops,
      routeOf: (pathname) => (pathname.startsWith('/orders/') ? '/orders/[number]' : 'unmatched'),
      handle: (req, res) =>
        Promise.resolve(
          void res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ app: true, requestId: req.headers['x-request-id'] })),
        ),
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let shop: Awaited<ReturnType<typeof serve>>;
let unmetered: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  t = await sqlite!.create();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-ops-'));
  objects = diskStorage(dir);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  setLogger(pino({ level: 'debug' }, sink));
  shop = await serve({ metricsToken: TOKEN, ready: () => checkReadiness(t.db, objects) });
  unmetered = await serve({ metricsToken: undefined, ready: () => checkReadiness(t.db, objects) });
});
afterAll(async () => {
  shop?.server.close();
  unmetered?.server.close();
  setLogger(undefined);
  await t?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('operations endpoints', () => {
  it('answers /healthz while the process runs', async () => {
    const response = await fetch(`${shop.url}/healthz`);
    expect([response.status, await response.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('answers /readyz 200 with the database migrated and the store reachable, else 503 with a reason', async () => {
    const ready = await fetch(`${shop.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);

    // A store that cannot be written: its folder is a file.
    const file = path.join(dir, 'not-a-folder');
    fs.writeFileSync(file, '');
    const broken = await serve({
      metricsToken: undefined,
      ready: () => checkReadiness(t.db, diskStorage(path.join(file, 'x'))),
    });
    const noStore = await fetch(`${broken.url}/readyz`);
    expect([noStore.status, await noStore.json()]).toEqual([
      503,
      { status: 'unavailable', reason: 'object storage unreachable' },
    ]);
    broken.server.close();

    const [latest] = await t.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1`,
    );
    await t.db.$executeRawUnsafe(
      `UPDATE "_prisma_migrations" SET "rolled_back_at" = CURRENT_TIMESTAMP WHERE "migration_name" = '${latest!.migration_name}'`,
    );
    const behind = await fetch(`${shop.url}/readyz`);
    expect([behind.status, await behind.json()]).toEqual([
      503,
      { status: 'unavailable', reason: `migrations not applied: ${latest!.migration_name}` },
    ]);
    await t.db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET "rolled_back_at" = NULL`);

    // Redis named but not there (nothing listens on port 9).
    const client = redisClient('redis://127.0.0.1:9');
    client.on('error', () => undefined);
    expect(await checkReadiness(t.db, objects, redisLimitStore(client))).toMatchObject({
      ready: false,
      reason: 'rate limit store unreachable',
    });
    client.disconnect();
    expect(await checkReadiness(t.db, objects, databaseLimitStore(t.db))).toEqual({ ready: true });

    // A database that was never migrated.
    const empty = createDb(`file:${path.join(dir, 'empty.db')}`);
    expect(await checkReadiness(empty, objects)).toMatchObject({
      ready: false,
      reason: 'database unreachable or not migrated',
    });
    await empty.$disconnect();
  });

  it('serves /metrics only with the bearer token, and not at all without METRICS_TOKEN', async () => {
    expect((await fetch(`${shop.url}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${shop.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } }))
        .status,
    ).toBe(401);
    // Without METRICS_TOKEN the path is the app's, which has no such page.
    expect(
      await (
        await fetch(`${unmetered.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
      ).json(),
    ).toMatchObject({ app: true });

    await fetch(`${shop.url}/orders/K7Q2?t=secret`);
    ordersPlaced().inc();
    const response = await fetch(`${shop.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(
      /onekind_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/orders\/\[number\]",status="200"\} \d/,
    );
    expect(text).toMatch(/onekind_orders_placed_total [1-9]/);
    expect(text).toContain('onekind_process_resident_memory_bytes');
  });

  it('gives every request an id, keeps a sane one from the proxy, and logs it without the query string', async () => {
    const fresh = await fetch(`${shop.url}/orders/K7Q2?t=secret-token`);
    const id = fresh.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await fresh.json()).toEqual({ app: true, requestId: id });

    const kept = await fetch(`${shop.url}/orders/K7Q2`, { headers: { 'x-request-id': 'lb-1234.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-1234.abc');
    const odd = await fetch(`${shop.url}/`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const line = logged.find((entry) => entry.reqId === id);
    expect(line).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/orders/K7Q2',
      route: '/orders/[number]',
      status: 200,
    });
    expect(JSON.stringify(logged)).not.toContain('secret-token');
  });
});
