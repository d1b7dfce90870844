import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import pg from 'pg';
import sharp from 'sharp';
import { shippingPriceMinor } from '../lib/checkout/shipping';
import { newDesign, newImageLayer } from '../lib/design/defaults';
import { quote } from '../lib/pricing/quote';
import type { Template } from '../lib/templates/schema';
import {
  createShopDatabase,
  makerSession,
  postgresAvailable,
  roundRobinProxy,
  startProcess,
  waitForServer,
  type Proc,
} from './support/cluster';
import { E2E_PORT } from './support/e2e-server';

// Two web processes and one worker on PostgreSQL, sharing one storage folder, behind a
// round-robin proxy: every step of a shopper's and a maker's work may land on either process.
// The web processes run no worker of their own (IN_PROCESS_WORKER=false), so the production
// files come from the worker process.

const ROOT = path.join(import.meta.dirname, '..');
const DATA = path.join(ROOT, 'data', 'e2e', 'cluster');

test.describe('two web processes and a worker on PostgreSQL', () => {
  test.describe.configure({ timeout: 300_000 });
  let available = false;
  let database: Awaited<ReturnType<typeof createShopDatabase>> | undefined;
  const procs: Proc[] = [];
  let proxy: Awaited<ReturnType<typeof roundRobinProxy>> | undefined;

  test.beforeAll(async () => {
    available = await postgresAvailable();
    if (!available) return;
    fs.rmSync(DATA, { recursive: true, force: true });
    const shared = {
      DATA_DIR: DATA,
      IN_PROCESS_WORKER: 'false',
      TRUSTED_PROXIES: '127.0.0.1',
      PUBLIC_URL: '',
      E2E_SERVER_TOKEN: '',
      SETUP_CODE: '',
    };
    database = await createShopDatabase(shared);
    const env = { ...shared, DATABASE_URL: database.url };
    const ports = [E2E_PORT + 3, E2E_PORT + 4];
    const webs = ports.map((port, i) => startProcess(`web ${i}`, 'serve', { ...env, PORT: String(port) }));
    procs.push(...webs, startProcess('worker', 'worker', env));
    await Promise.all(webs.map((web, i) => waitForServer(web, `http://127.0.0.1:${ports[i]}/`)));
    proxy = await roundRobinProxy(ports.map((port) => `http://127.0.0.1:${port}`));
  });
  test.afterAll(async () => {
    await proxy?.close();
    await Promise.all(procs.map((p) => p.stop()));
    await database?.drop();
  });

  test('a shopper uploads through one, saves through the other, orders through the first; the maker downloads through the second', async () => {
    test.skip(!available, 'PostgreSQL is not reachable (outside CI)');
    const base = proxy!.url;
    const served: string[] = [];
    const call = async (url: string, init: RequestInit = {}) => {
      const response = await fetch(`${base}${url}`, init);
      served.push(response.headers.get('x-served-by') ?? '?');
      return response;
    };

    // Upload: web 0.
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#8a3b12' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
    const upload = await call('/api/uploads', { method: 'POST', body: form });
    expect(upload.status).toBe(201);
    const { id: uploadId } = (await upload.json()) as { id: string };

    // Save the design with it: web 1, which never saw the upload's request.
    const client = new pg.Client({ connectionString: database!.url });
    await client.connect();
    const { rows } = await client.query<{ id: string; document: string }>(
      `SELECT v.id, v.document FROM "TemplateVersion" v JOIN "Template" t ON t.id = v."templateId" WHERE t.slug = 'iphone-17-case' ORDER BY v.version DESC LIMIT 1`,
    );
    const template = JSON.parse(rows[0]!.document) as Template;
    const zone = template.zones.find((z) => z.content.image)!;
    const design = {
      ...newDesign(template),
      zones: { [zone.id]: { layers: [newImageLayer(zone, 'photo', uploadId, 1600, 1200)] } },
    };
    const saved = await call('/api/designs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ templateVersionId: rows[0]!.id, design }),
    });
    expect(saved.status, await saved.clone().text()).toBe(201);
    const { id: designId } = (await saved.json()) as { id: string };

    // Into a cart (web 0), look at the shop (web 1), order (web 0).
    const added = await call('/api/cart/items', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ designId, quantity: 1 }),
    });
    expect(added.status).toBe(200);
    const cookie = added.headers.get('set-cookie')!.split(';')[0]!;
    expect((await call('/', { headers: { cookie } })).status).toBe(200);
    const expectedTotalMinor =
      quote(template, design, 1).totalMinor + shippingPriceMinor('standard', template.currency)!;
    const ordered = await call('/api/orders', {
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
    expect(ordered.status, await ordered.clone().text()).toBe(201);
    const { number } = (await ordered.json()) as { number: string };

    // The worker process renders it.
    await expect
      .poll(
        async () =>
          (
            await client.query<{ state: string }>(
              `SELECT p.state FROM "OrderProduction" p JOIN "Order" o ON o.id = p."orderId" WHERE o.number = $1`,
              [number],
            )
          ).rows[0]?.state,
        { timeout: 120_000 },
      )
      .toBe('ready');
    await client.end();

    // The maker downloads the ZIP through web 1.
    const zip = await call(`/api/maker/orders/${number}/zip`, {
      headers: { cookie: await makerSession(database!.url) },
    });
    expect(zip.status).toBe(200);
    expect(served).toEqual(['0', '1', '0', '1', '0', '1']);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const spec = JSON.parse(new TextDecoder().decode(files[`${number}/${number}_1_spec.json`])) as {
      zones: Array<{ images: Array<{ originalSha256: string; widthPx: number }> }>;
    };
    expect(spec.zones.flatMap((z) => z.images)).toEqual([
      expect.objectContaining({ originalSha256: uploadId, widthPx: 1600 }),
    ]);
    expect(Object.keys(files)).toContain(`${number}/${number}_1_production-sheet.pdf`);
  });
});
