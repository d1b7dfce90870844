import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import pg from 'pg';
import sharp from 'sharp';
import { shippingPriceMinor } from '../lib/checkout/shipping';
import { newDesign, newImageLayer } from '../lib/design/defaults';
import { quote } from '../lib/pricing/quote';
import type { Template } from '../lib/templates/schema';
import { startS3Server, type TestS3Server } from '../lib/server/testing/s3-server';
import {
  createShopDatabase,
  makerSession,
  postgresAvailable,
  requestFrom,
  roundRobinProxy,
  startProcess,
  waitForServer,
  type Proc,
} from './support/cluster';
import { E2E_PORT } from './support/e2e-server';

// The shop as N stateless processes: two web processes and one worker on PostgreSQL, files in
// an S3 bucket (s3rver, a real S3-protocol server on localhost), throttles in the database,
// behind a round-robin proxy: every step of a shopper's and a maker's work lands on the other
// process than the step before. The web processes run no worker of their own
// (IN_PROCESS_WORKER=false), so the production files come from the worker process.
// The proxy (127.0.0.1) is the declared trusted proxy and appends the address it sees; the
// shopper connects from 127.0.0.5 and forges X-Forwarded-For, which must count for nothing.

const ROOT = path.join(import.meta.dirname, '..');
const DATA = path.join(ROOT, 'data', 'e2e', 'cluster');
const BUCKET = 'onekind-e2e';
const METRICS_TOKEN = 'a-metrics-token-for-e2e';
const SHOPPER = '127.0.0.5';
const NEIGHBOUR = '127.0.0.6';
const forged = () => `203.0.113.${randomInt(1, 255)}`;

test.describe('two web processes and a worker on PostgreSQL and S3, behind a proxy', () => {
  test.describe.configure({ timeout: 300_000 });
  let available = false;
  let s3: TestS3Server | undefined;
  let database: Awaited<ReturnType<typeof createShopDatabase>> | undefined;
  const procs: Proc[] = [];
  let proxy: Awaited<ReturnType<typeof roundRobinProxy>> | undefined;
  let db: pg.Client | undefined;
  const ports = [E2E_PORT + 1, E2E_PORT + 2];

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // In CI this throws instead: the proof must run there.
    available = await postgresAvailable();
    if (!available) return;
    fs.rmSync(DATA, { recursive: true, force: true });
    s3 = await startS3Server({ bucket: BUCKET });
    const shared = {
      ...s3.env('shop'),
      DATA_DIR: DATA,
      IN_PROCESS_WORKER: 'false',
      TRUSTED_PROXIES: '127.0.0.1',
      RATE_LIMIT_STORE: 'database',
      ORDER_RATE_LIMIT_PER_MINUTE: '3',
      METRICS_TOKEN,
      LOG_LEVEL: 'warn',
      PUBLIC_URL: '',
      E2E_SERVER_TOKEN: '',
      SETUP_CODE: '',
      REDIS_URL: '',
    };
    database = await createShopDatabase(shared);
    const env = { ...shared, DATABASE_URL: database.url };
    const webs = ports.map((port, i) => startProcess(`web ${i}`, 'serve', { ...env, PORT: String(port) }));
    procs.push(...webs, startProcess('worker', 'worker', env));
    await Promise.all(webs.map((web, i) => waitForServer(web, `http://127.0.0.1:${ports[i]}/`)));
    proxy = await roundRobinProxy(ports.map((port) => `http://127.0.0.1:${port}`));
  });
  test.afterAll(async () => {
    await db?.end();
    await proxy?.close();
    await Promise.all(procs.map((p) => p.stop()));
    await database?.drop();
    await s3?.stop();
  });

  test('a shopper and a maker work across both processes; the throttle counts the real client across both', async () => {
    test.skip(!available, 'PostgreSQL is not reachable (outside CI)');
    const base = proxy!.url;
    const sql = new pg.Client({ connectionString: database!.url });
    db = sql;
    await sql.connect();
    const bucket = new S3Client({ ...s3!.config(), maxAttempts: 1 });
    const served: string[] = [];
    // The shopper's requests, each with an X-Forwarded-For of the shopper's invention.
    const shopper = async (url: string, init: Parameters<typeof requestFrom>[2] = {}) => {
      const answer = await requestFrom(SHOPPER, `${base}${url}`, {
        ...init,
        headers: { ...init.headers, 'x-forwarded-for': forged() },
      });
      served.push(answer.servedBy);
      return answer;
    };
    const jsonOf = <T>(answer: { body: Buffer }) => JSON.parse(answer.body.toString()) as T;

    // Upload (web 0): the photo goes into the bucket, nothing onto a disk.
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#8a3b12' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
    const upload = await shopper('/api/uploads', { method: 'POST', body: form });
    expect(upload.status, upload.body.toString()).toBe(201);
    const { id: uploadId, previewUrl } = jsonOf<{ id: string; previewUrl: string }>(upload);
    const original = await bucket.send(
      new HeadObjectCommand({ Bucket: BUCKET, Key: `shop/uploads/${uploadId}/original` }),
    );
    expect(original.ContentLength).toBe(photo.length);

    // Save the design with it (web 1, which never saw the upload's request).
    const { rows } = await sql.query<{ id: string; document: string }>(
      `SELECT v.id, v.document FROM "TemplateVersion" v JOIN "Template" t ON t.id = v."templateId" WHERE t.slug = 'iphone-17-case' ORDER BY v.version DESC LIMIT 1`,
    );
    const template = JSON.parse(rows[0]!.document) as Template;
    const zone = template.zones.find((z) => z.content.image)!;
    const design = {
      ...newDesign(template),
      zones: { [zone.id]: { layers: [newImageLayer(zone, 'photo', uploadId, 1600, 1200)] } },
    };
    const saved = await shopper('/api/designs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ templateVersionId: rows[0]!.id, design }),
    });
    expect(saved.status, saved.body.toString()).toBe(201);
    const { id: designId } = jsonOf<{ id: string }>(saved);

    // Into a cart (web 0); the preview comes from the bucket through web 1; order (web 0).
    const added = await shopper('/api/cart/items', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ designId, quantity: 1 }),
    });
    expect(added.status).toBe(200);
    const cookie = String(added.headers['set-cookie']?.[0]).split(';')[0]!;
    const preview = await shopper(previewUrl, { headers: { cookie } });
    expect([preview.status, preview.headers['content-type']]).toEqual([200, 'image/jpeg']);
    expect(preview.body.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const expectedTotalMinor =
      quote(template, design, 1).totalMinor + shippingPriceMinor('standard', template.currency)!;
    const ordered = await shopper('/api/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'idempotency-key': `scale-${Date.now()}-key` },
      body: JSON.stringify({
        email: 'scale@example.com',
        address: { name: 'Ada', line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
        shippingMethod: 'standard',
        lines: [{ designId, quantity: 1 }],
        expectedTotalMinor,
      }),
    });
    expect(ordered.status, ordered.body.toString()).toBe(201);
    const { number } = jsonOf<{ number: string }>(ordered);

    // The worker process renders it into the bucket.
    await expect
      .poll(
        async () =>
          (
            await sql.query<{ state: string }>(
              `SELECT p.state FROM "OrderProduction" p JOIN "Order" o ON o.id = p."orderId" WHERE o.number = $1`,
              [number],
            )
          ).rows[0]?.state,
        { timeout: 120_000 },
      )
      .toBe('ready');

    // The maker downloads the ZIP through web 1.
    const zip = await requestFrom('127.0.0.1', `${base}/api/maker/orders/${number}/zip`, {
      headers: { cookie: await makerSession(database!.url) },
    });
    served.push(zip.servedBy);
    expect(zip.status).toBe(200);
    expect(served).toEqual(['0', '1', '0', '1', '0', '1']);
    const files = unzipSync(new Uint8Array(zip.body));
    const spec = JSON.parse(new TextDecoder().decode(files[`${number}/${number}_1_spec.json`])) as {
      zones: Array<{ images: Array<{ originalSha256: string; widthPx: number }> }>;
    };
    expect(spec.zones.flatMap((z) => z.images)).toEqual([
      expect.objectContaining({ originalSha256: uploadId, widthPx: 1600 }),
    ]);
    expect(Object.keys(files)).toContain(`${number}/${number}_1_production-sheet.pdf`);
    const stored = await bucket.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'shop/' }));
    expect(
      (stored.Contents ?? []).map((o) => o.Key).filter((k) => !k?.startsWith('shop/uploads/')),
    ).not.toEqual([]);
    for (const folder of ['objects', 'uploads'])
      expect(fs.existsSync(path.join(DATA, folder)), `${folder} on the disk`).toBe(false);

    // The order throttle (3 a minute) counts the shopper across both processes, whatever
    // X-Forwarded-For the shopper invents each time: web 0 spent one on the order and one
    // here, web 1 the third, so web 0 refuses the fourth.
    const attempt = (from: string, forwardedFor: string) =>
      requestFrom(from, `${base}/api/orders`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': 'k'.repeat(20),
          'x-forwarded-for': forwardedFor,
        },
        body: '{}',
      });
    const attempts = [];
    for (let i = 0; i < 3; i++) attempts.push(await attempt(SHOPPER, forged()));
    expect(attempts.map((a) => [a.servedBy, a.status])).toEqual([
      ['0', 422],
      ['1', 422],
      ['0', 429],
    ]);
    // Another client naming the shopper's address is counted as itself, not refused.
    expect((await attempt(NEIGHBOUR, SHOPPER)).status).toBe(422);
    const keys = await sql.query<{ key: string }>(
      `SELECT "key" FROM "RateLimitBucket" WHERE "key" LIKE 'order:%' ORDER BY "key"`,
    );
    expect(keys.rows.map((r) => r.key)).toEqual([`order:${SHOPPER}`, `order:${NEIGHBOUR}`]);

    // Both processes are ready and measured, and say so when the object store is gone.
    const direct = ports.map((port) => `http://127.0.0.1:${port}`);
    for (const url of direct) {
      const ready = await fetch(`${url}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
    }
    const metrics = await fetch(`${direct[0]}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toMatch(
      /onekind_http_request_duration_seconds_count\{method="POST",route="\/api\/uploads",status="201"\} 1\n/,
    );
    expect(text).toMatch(/onekind_orders_placed_total 1\n/);
    expect((await fetch(`${direct[0]}/metrics`)).status).toBe(401);
    await s3!.stop();
    const notReady = await fetch(`${direct[1]}/readyz`);
    expect([notReady.status, await notReady.json()]).toEqual([
      503,
      { status: 'unavailable', reason: 'object storage unreachable' },
    ]);
  });
});
