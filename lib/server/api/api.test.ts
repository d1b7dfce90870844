// The public API's route handlers against real databases: keys and scopes (401, 403 as
// problem+json), designs and orders through the shop's own code (server prices, idempotency
// namespaced per key, the shop's messages), status changes, cursor pages, and the webhook
// deliveries each change writes in its own transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiScope } from '../../api/scopes';
import { newDesign, newTextLayer } from '../../design/defaults';
import { GET as getDesign } from '../../../app/api/v1/designs/[id]/route';
import { GET as quoteDesign } from '../../../app/api/v1/designs/[id]/quote/route';
import { POST as createDesign } from '../../../app/api/v1/designs/route';
import { GET as getProduct } from '../../../app/api/v1/products/[slug]/route';
import { GET as listProducts } from '../../../app/api/v1/products/route';
import { GET as getOrder } from '../../../app/api/v1/orders/[number]/route';
import { POST as changeStatus } from '../../../app/api/v1/orders/[number]/status/route';
import { GET as listOrders, POST as createOrder } from '../../../app/api/v1/orders/route';
import type { Db } from '../db/client';
import { setJobs } from '../jobs';
import { setLimitStore } from '../limits';
import { memoryLimitStore } from '../limits/memory';
import { seededTestDatabase, testDatabases } from '../testing/databases';
import { getProduct as product } from '../templates';
import { createEndpoint } from '../webhooks/endpoints';
import { createApiKey, revokeApiKey } from './keys';

const kinds = await testDatabases();
const BASE = 'http://shop.test';
const globalForDb = globalThis as unknown as { onekindDb?: Db };

const address = {
  name: 'Ada Lovelace',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

type Json = Record<string, unknown> & {
  status: number;
  detail: string;
  errors?: Array<{ pointer: string; detail: string }>;
};

describe.each(kinds)('the public API on $name', (kind) => {
  const t = seededTestDatabase(kind);
  let all: string;
  let readOnly: string;
  let other: string;

  beforeAll(async () => {
    if (!kind.available) return;
    // The handlers use the process's database and limit store, as in the server.
    globalForDb.onekindDb = t.db;
    setLimitStore(memoryLimitStore());
    // Jobs that follow an order (render, mail, webhooks) are the worker's, not these tests'.
    setJobs({
      kind: 'table',
      add: () => Promise.resolve(),
      run: () => Promise.resolve({ stop: () => Promise.resolve() }),
      close: () => Promise.resolve(),
    });
    const scopes: ApiScope[] = [
      'catalogue:read',
      'designs:write',
      'orders:write',
      'orders:read',
      'production:read',
    ];
    all = (await createApiKey({ name: 'Example store', scopes }, 'admin', t.db)).key;
    other = (await createApiKey({ name: 'Second store', scopes }, 'admin', t.db)).key;
    readOnly = (await createApiKey({ name: 'Catalogue only', scopes: ['catalogue:read'] }, 'admin', t.db))
      .key;
    await createEndpoint(
      {
        url: 'http://127.0.0.1:9/hooks',
        description: '',
        events: ['order.created', 'order.status_changed', 'design.saved'],
      },
      t.db,
    );
  });
  afterAll(() => {
    globalForDb.onekindDb = undefined;
    setLimitStore(undefined);
    setJobs(undefined);
  });

  const call = (
    key: string | null,
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    new Request(`${BASE}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
  const read = async (response: Response) => ({
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as Json,
  });

  async function saveCase(key: string, text = 'Ada') {
    const caseProduct = (await product('iphone-17-case', t.db))!;
    const zone = caseProduct.template.zones[0]!;
    const design = {
      ...newDesign(caseProduct.template),
      zones: { [zone.id]: { layers: [newTextLayer(zone, 'l1', text)] } },
    };
    return read(
      await createDesign(
        call(key, '/api/v1/designs', {
          method: 'POST',
          body: { templateVersionId: caseProduct.versionId, design },
        }),
      ),
    );
  }

  it.skipIf(!kind.available)(
    'answers 401 without a key, with a malformed or a revoked one, and 403 without the scope, as problem+json',
    async () => {
      const none = await read(await listProducts(call(null, '/api/v1/products')));
      expect(none).toMatchObject({
        status: 401,
        type: 'application/problem+json',
        body: { status: 401, title: 'Unauthorized' },
      });
      expect(none.body.detail).toMatch(/Authorization: Bearer/);
      expect((await listProducts(call('ok_live_nope', '/api/v1/products'))).status).toBe(401);

      const revoked = await createApiKey({ name: 'Old', scopes: ['catalogue:read'] }, 'admin', t.db);
      expect((await listProducts(call(revoked.key, '/api/v1/products'))).status).toBe(200);
      await revokeApiKey(revoked.id, t.db);
      const after = await listProducts(call(revoked.key, '/api/v1/products'));
      expect(after.status).toBe(401);
      expect(after.headers.get('www-authenticate')).toMatch(/^Bearer/);

      const forbidden = await read(
        await createOrder(call(readOnly, '/api/v1/orders', { method: 'POST', body: {} })),
      );
      expect(forbidden).toMatchObject({ status: 403, type: 'application/problem+json' });
      expect(forbidden.body.detail).toContain('"orders:write"');
      const row = await t.db.apiKey.findFirst({ where: { name: 'Catalogue only' } });
      expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row?.lastUsedAt).not.toBeNull();
    },
  );

  it.skipIf(!kind.available)('limits each key on its own (429 with Retry-After)', async () => {
    const busy = await createApiKey({ name: 'Busy', scopes: ['catalogue:read'] }, 'admin', t.db);
    process.env.API_RATE_LIMIT_PER_MINUTE = '2';
    try {
      expect((await listProducts(call(busy.key, '/api/v1/products'))).status).toBe(200);
      expect((await listProducts(call(busy.key, '/api/v1/products'))).status).toBe(200);
      const limited = await listProducts(call(busy.key, '/api/v1/products'));
      expect(limited.headers.get('retry-after')).toBe('60');
      expect(await read(limited)).toMatchObject({ status: 429, type: 'application/problem+json' });
      // Another key is not slowed by it.
      expect((await listProducts(call(readOnly, '/api/v1/products'))).status).toBe(200);
    } finally {
      delete process.env.API_RATE_LIMIT_PER_MINUTE;
    }
  });

  it.skipIf(!kind.available)('lists products and their versions', async () => {
    const list = await read(await listProducts(call(readOnly, '/api/v1/products')));
    expect(list.status).toBe(200);
    expect((list.body.data as Array<{ slug: string }>).map((p) => p.slug)).toContain('iphone-17-case');
    const one = await read(
      await getProduct(call(readOnly, '/api/v1/products/iphone-17-case'), params({ slug: 'iphone-17-case' })),
    );
    expect(one.body).toMatchObject({ slug: 'iphone-17-case', versions: [{ version: 1 }] });
    expect((await getProduct(call(readOnly, '/api/v1/products/nope'), params({ slug: 'nope' }))).status).toBe(
      404,
    );
  });

  it.skipIf(!kind.available)(
    'saves a design with the shop’s rules, reads it back and prices it on the server',
    async () => {
      const saved = await saveCase(all);
      expect(saved.status).toBe(201);
      const id = saved.body.id as string;
      const got = await read(await getDesign(call(readOnly, `/api/v1/designs/${id}`), params({ id })));
      expect(got.body).toMatchObject({ id, product: 'iphone-17-case', quote: { quantity: 1 } });
      const q = await read(
        await quoteDesign(call(readOnly, `/api/v1/designs/${id}/quote?quantity=3`), params({ id })),
      );
      expect(q.body).toMatchObject({ quantity: 3, currency: 'EUR' });
      const bad = await read(
        await quoteDesign(call(readOnly, `/api/v1/designs/${id}/quote?quantity=0`), params({ id })),
      );
      expect(bad.body).toMatchObject({
        status: 422,
        errors: [{ pointer: '/quantity', detail: 'Quantity must be at least 1' }],
      });
      const tooLong = await saveCase(all, 'x'.repeat(200));
      expect(tooLong.status).toBe(422);
      expect(tooLong.body.detail).toBe('Fix the problems marked in the design before saving.');
      expect(await t.db.webhookDelivery.count({ where: { eventType: 'design.saved' } })).toBeGreaterThan(0);
    },
  );

  it.skipIf(!kind.available)(
    'places orders once per Idempotency-Key and API key, at the server’s prices, with the shop’s messages',
    async () => {
      const id = (await saveCase(all)).body.id as string;
      const order = {
        email: 'ada@example.com',
        address,
        shippingMethod: 'standard',
        lines: [{ designId: id, quantity: 2, unitPriceMinor: 1 }],
        totalMinor: 1,
      };
      const post = (key: string, body: unknown, idem?: string) =>
        createOrder(
          call(key, '/api/v1/orders', {
            method: 'POST',
            body,
            headers: idem ? { 'idempotency-key': idem } : {},
          }),
        );

      const missing = await read(await post(all, order));
      expect(missing).toMatchObject({ status: 428, type: 'application/problem+json' });

      const first = await read(await post(all, order, 'order-1'));
      expect(first.status).toBe(201);
      const q = await read(
        await quoteDesign(call(all, `/api/v1/designs/${id}/quote?quantity=2`), params({ id })),
      );
      expect(first.body).toMatchObject({
        status: 'placed',
        subtotalMinor: q.body.totalMinor,
        lines: [{ quantity: 2 }],
      });
      const again = await read(await post(all, order, 'order-1'));
      expect(again).toMatchObject({ status: 200, body: { number: first.body.number } });
      const reused = await read(await post(all, { ...order, email: 'bob@example.com' }, 'order-1'));
      expect(reused.status).toBe(409);
      expect(reused.body.detail).toBe(
        'This checkout was already used for a different order. Reload the page to start a new checkout.',
      );
      // Another store's key with the same Idempotency-Key makes its own order.
      const theirs = await read(await post(other, order, 'order-1'));
      expect(theirs.status).toBe(201);
      expect(theirs.body.number).not.toBe(first.body.number);

      const wrongPrice = await read(await post(all, { ...order, expectedTotalMinor: 1 }, 'order-2'));
      expect(wrongPrice.status).toBe(422);
      expect(wrongPrice.body.detail).toMatch(/^The price changed, please review: the total is now /);
      const badAddress = await read(
        await post(all, { ...order, address: { ...address, postalCode: '1' } }, 'order-3'),
      );
      expect(badAddress.body).toMatchObject({
        status: 422,
        errors: [{ pointer: '/address/postalCode', detail: 'Enter a Germany postal code, like 10115.' }],
      });

      const number = first.body.number as string;
      const placed = await t.db.webhookDelivery.findMany({ where: { eventType: 'order.created' } });
      expect(
        placed.map((d) => (JSON.parse(d.payload) as { data: { number: string } }).data.number),
      ).toContain(number);
    },
  );

  it.skipIf(!kind.available)(
    'moves orders by the shop’s status rules, and lists them a cursor page at a time',
    async () => {
      const id = (await saveCase(all)).body.id as string;
      const placed = await read(
        await createOrder(
          call(all, '/api/v1/orders', {
            method: 'POST',
            body: {
              email: 'ada@example.com',
              address,
              shippingMethod: 'standard',
              lines: [{ designId: id, quantity: 1 }],
            },
            headers: { 'idempotency-key': 'status-1' },
          }),
        ),
      );
      const number = placed.body.number as string;
      const move = (body: unknown) =>
        changeStatus(
          call(all, `/api/v1/orders/${number}/status`, { method: 'POST', body }),
          params({ number }),
        );
      expect((await read(await move({ status: 'in_production' }))).body).toMatchObject({
        status: 'in_production',
      });
      const refused = await read(await move({ status: 'cancelled', reason: 'Customer asked' }));
      expect(refused).toMatchObject({
        status: 409,
        body: { detail: 'An order that is in production cannot become cancelled.' },
      });
      const noTracking = await read(await move({ status: 'shipped' }));
      expect(noTracking.status).toBe(422);
      expect(
        (await read(await move({ status: 'shipped', trackingReference: '1Z999AA10123456784' }))).body,
      ).toMatchObject({ status: 'shipped', trackingReference: '1Z999AA10123456784' });
      expect((await getOrder(call(readOnly, `/api/v1/orders/${number}`), params({ number }))).status).toBe(
        403,
      );
      expect(await t.db.webhookDelivery.count({ where: { eventType: 'order.status_changed' } })).toBe(2);

      const seen: string[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const page = await read(
          await listOrders(call(all, `/api/v1/orders?limit=2${cursor ? `&cursor=${cursor}` : ''}`)),
        );
        seen.push(...(page.body.data as Array<{ number: string }>).map((o) => o.number));
        cursor = page.body.nextCursor as string | null;
      }
      expect(seen.length).toBe(await t.db.order.count());
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen[0]).toBe(number);
    },
  );
});
