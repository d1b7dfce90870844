// Webhook deliveries against a real receiver on a local port: Standard Webhooks signatures
// (verified with the standardwebhooks package, as a receiver would), the same event id on every
// retry, exponential backoff and giving up after 24 hours, a timeout, secret rotation, and a
// checkout that never waits for a slow endpoint.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newDesign, newTextLayer } from '../../design/defaults';
import { addCartItem, createCart, getCart } from '../cart';
import { createDesign } from '../designs';
import { placeOrder } from '../orders/place-order';
import { seededTestDatabase, testDatabases } from '../testing/databases';
import { getProduct } from '../templates';
import { deliverDueWebhooks } from './deliver';
import { emitEventNow } from './emit';
import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listDeliveries,
  redeliver,
  rotateEndpointSecret,
} from './endpoints';

const kinds = await testDatabases();

type Received = { headers: http.IncomingHttpHeaders; body: string; at: number };

/** A receiver on a port of ours that answers each request with the next status of `script` (then 200), after `delayMs`. */
function receiver(port: number) {
  const received: Received[] = [];
  const answered = { count: 0 };
  let script: number[] = [];
  let delayMs = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const status = script.shift() ?? 200;
      received.push({ headers: req.headers, body, at: Date.now() });
      setTimeout(() => {
        answered.count++;
        res.writeHead(status).end();
      }, delayMs);
    });
  });
  return {
    received,
    answered,
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    answer(statuses: number[], delay = 0) {
      script = [...statuses];
      delayMs = delay;
      received.length = 0;
      answered.count = 0;
    },
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(kinds)('webhook deliveries on $name', (kind) => {
  const t = seededTestDatabase(kind);
  const hooks = receiver(kind.name === 'SQLite' ? 3541 : 3542);
  let endpointId: string;
  // The deliverer's clock: real time moved on by `skipped` milliseconds.
  let skipped = 0;
  const now = () => new Date(Date.now() + skipped);

  beforeAll(async () => {
    if (kind.available) await hooks.start();
  });
  afterAll(async () => {
    if (kind.available) await hooks.stop();
  });
  beforeEach(async () => {
    if (!kind.available) return;
    await t.db.webhookEndpoint.deleteMany({});
    endpointId = (
      await createEndpoint(
        { url: hooks.url(), description: 'test', events: ['order.created', 'design.saved'] },
        t.db,
      )
    ).id;
    skipped = 0;
  });

  const deliver = (timeoutMs = 10_000) => deliverDueWebhooks(t.db, { now, timeoutMs });

  it.skipIf(!kind.available)(
    'retries a receiver that answers 500 twice, then 200: three attempts of one event id, each signed',
    async () => {
      hooks.answer([500, 500, 200]);
      const eventId = await emitEventNow('design.saved', { id: 'abc123' }, t.db);
      expect(await deliver()).toBe(0);
      expect(await deliver()).toBe(0); // not due yet: the backoff holds it
      skipped += 30_000;
      expect(await deliver()).toBe(0);
      skipped += 60_000;
      expect(await deliver()).toBe(1);
      expect(hooks.received.map((r) => r.headers['webhook-id'])).toEqual([eventId, eventId, eventId]);

      const { secret } = (await getEndpoint(endpointId, t.db))!;
      for (const r of hooks.received) {
        const payload = new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as {
          type: string;
          data: { id: string };
        };
        expect(payload).toMatchObject({ type: 'design.saved', data: { id: 'abc123' } });
      }
      const [delivery] = await listDeliveries(endpointId, t.db);
      expect(delivery).toMatchObject({ state: 'delivered', attempts: 3, lastStatus: 200, eventId });
      expect(delivery!.tries.map((a) => a.status)).toEqual([500, 500, 200]);
    },
  );

  it.skipIf(!kind.available)(
    'gives up 24 hours after the event, and a redelivery sends the same event again',
    async () => {
      hooks.answer(Array<number>(100).fill(503));
      const eventId = await emitEventNow('design.saved', { id: 'gone' }, t.db);
      for (let hour = 0; hour <= 25; hour++) {
        await deliver();
        skipped += 60 * 60 * 1000;
      }
      const [failed] = await listDeliveries(endpointId, t.db);
      expect(failed).toMatchObject({ state: 'failed', lastStatus: 503 });
      const tries = failed!.attempts;
      hooks.answer([200]);
      await redeliver(failed!.id, t.db);
      expect(await deliver()).toBe(1);
      expect(hooks.received[0]!.headers['webhook-id']).toBe(eventId);
      expect((await listDeliveries(endpointId, t.db))[0]).toMatchObject({
        state: 'delivered',
        attempts: tries + 1,
      });
    },
  );

  it.skipIf(!kind.available)('records a receiver that does not answer in time, and retries it', async () => {
    hooks.answer([200], 1500);
    await emitEventNow('design.saved', { id: 'slow' }, t.db);
    await deliver(300);
    const [slow] = await listDeliveries(endpointId, t.db);
    expect(slow).toMatchObject({ state: 'pending', lastStatus: null, lastError: 'No answer within 0.3 s' });
  });

  it.skipIf(!kind.available)(
    'signs with the old and the new secret for 24 hours after a rotation',
    async () => {
      const before = (await getEndpoint(endpointId, t.db))!.secret;
      await rotateEndpointSecret(endpointId, t.db);
      const after = (await getEndpoint(endpointId, t.db))!;
      expect(after.secret).not.toBe(before);
      expect(after.previousSecretExpiresAt).not.toBeNull();
      hooks.answer([200]);
      await emitEventNow('design.saved', { id: 'rotated' }, t.db);
      await deliver();
      const r = hooks.received[0]!;
      expect((r.headers['webhook-signature'] as string).split(' ')).toHaveLength(2);
      for (const secret of [before, after.secret])
        expect(() => new Webhook(secret).verify(r.body, r.headers as Record<string, string>)).not.toThrow();
      expect(() =>
        new Webhook(`whsec_${Buffer.from('another secret of 24 byte').toString('base64')}`).verify(
          r.body,
          r.headers as Record<string, string>,
        ),
      ).toThrow();
    },
  );

  it.skipIf(!kind.available)(
    'writes order.created with the order, and checkout does not wait for a slow receiver',
    async () => {
      // A delivery already in flight to a receiver that takes 5 s to answer.
      hooks.answer([200, 200], 5000);
      await emitEventNow('design.saved', { id: 'first' }, t.db);
      const inFlight = deliver();

      const caseProduct = (await getProduct('iphone-17-case', t.db))!;
      const zone = caseProduct.template.zones[0]!;
      const designId = await createDesign(
        caseProduct.versionId,
        {
          ...newDesign(caseProduct.template),
          zones: { [zone.id]: { layers: [newTextLayer(zone, 'l1', 'Ada')] } },
        },
        t.db,
      );
      const cartId = await createCart(t.db);
      await addCartItem(cartId, designId, 1, t.db);
      const cart = await getCart(cartId, t.db);
      const started = Date.now();
      const placed = await placeOrder(
        {
          idempotencyKey: randomUUID(),
          email: 'ada@example.com',
          address: {
            name: 'Ada',
            line1: 'Hauptstraße 1',
            city: 'Berlin',
            postalCode: '10115',
            country: 'DE',
          },
          shippingMethod: 'standard',
          lines: [{ designId, quantity: 1 }],
          expectedTotalMinor: cart.subtotalMinor + 490,
        },
        { cartId, conn: t.db, afterCommit: () => undefined },
      );
      const took = Date.now() - started;
      expect(placed.ok).toBe(true);
      expect(hooks.received).toHaveLength(1); // the earlier event reached the receiver…
      expect(hooks.answered.count).toBe(0); // …which has not answered yet
      expect(took).toBeLessThan(2000);
      const pending = await t.db.webhookDelivery.findMany({
        where: { endpointId, eventType: 'order.created' },
      });
      expect(pending).toHaveLength(1);
      expect(JSON.parse(pending[0]!.payload)).toMatchObject({
        type: 'order.created',
        data: { number: placed.ok ? placed.number : '', source: 'shop' },
      });
      await inFlight;
      expect(await deliver()).toBe(1);
      expect(hooks.received).toHaveLength(2);
    },
    30_000,
  );

  it.skipIf(!kind.available)(
    'sends nothing to an endpoint for events it did not choose, or once it is deleted',
    async () => {
      await emitEventNow('production.ready', { number: 'OK-AAAA-BBBB' }, t.db);
      expect(await t.db.webhookDelivery.count({ where: { endpointId } })).toBe(0);
      await emitEventNow('design.saved', { id: 'x' }, t.db);
      await deleteEndpoint(endpointId, t.db);
      expect(await t.db.webhookDelivery.count({ where: { endpointId } })).toBe(0);
    },
  );
});
