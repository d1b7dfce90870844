import http from 'node:http';
import path from 'node:path';
import {
  expect,
  request as apiRequest,
  test,
  type APIRequestContext,
  type APIResponse,
} from '@playwright/test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Webhook } from 'standardwebhooks';
import { newDesign, newTextLayer } from '../lib/design/defaults';
import type { Template } from '../lib/templates/schema';
import { E2E_PORT } from './support/e2e-server';
import { expectNoSeriousAccessibilityProblems, SCREENSHOTS, SIGNED_IN } from './support/staff';

// The public API as another store uses it: keys made and revoked in the studio, 401 and 403 as
// problem+json, the OpenAPI document valid as OpenAPI 3.1 with every operation in it answering
// as documented, and a signed webhook arriving at a receiver on another port (E2E_PORT + 1),
// verified as a receiver would, and redelivered from the studio with the same event id.

test.use({ storageState: SIGNED_IN.admin });

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        security: Array<Record<string, string[]>>;
        parameters: Array<{ name: string; in: string; required: boolean }>;
        requestBody?: { content: Record<string, { example?: unknown }> };
        responses: Record<string, { content: Record<string, { schema: { required?: string[] } }> }>;
      }
    >
  >;
};

type Hook = { path: string; headers: http.IncomingHttpHeaders; body: string };

/** A store's webhook receiver on a port of ours. */
function receiver(port: number) {
  const received: Hook[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  return {
    received,
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const HOOK_PORT = E2E_PORT + 1;
const hooks = receiver(HOOK_PORT);
// A path of this run's own: endpoints left by an earlier run on a reused server post elsewhere.
const RUN = Date.now().toString(36);
const HOOK_PATH = `/onekind-${RUN}`;
test.beforeAll(() => hooks.start());
test.afterAll(() => hooks.stop());

const isProblem = async (response: APIResponse, status: number) => {
  expect(response.status()).toBe(status);
  expect(response.headers()['content-type']).toBe('application/problem+json');
  const body = (await response.json()) as { type: string; title: string; status: number; detail: string };
  expect(body).toMatchObject({
    status,
    title: expect.any(String),
    detail: expect.any(String),
    type: expect.any(String),
  });
  return body;
};

test('keys from the studio, 401/403 problems, every documented operation, and a verified webhook', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);

  // --- the studio: a webhook endpoint, then keys
  await page.goto('/studio/webhooks');
  await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();
  await page.getByLabel('Endpoint URL').fill('ftp://store.example/hooks');
  await page.getByRole('checkbox', { name: /order\.created/ }).check();
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(page.getByText('Enter an http:// or https:// address')).toBeVisible();
  await page.getByLabel('Endpoint URL').fill(`http://127.0.0.1:${HOOK_PORT}${HOOK_PATH}`);
  await page.getByLabel('Description (optional)').fill('Example store');
  for (const event of ['order.created', 'order.status_changed', 'design.saved', 'production.ready'])
    await page.getByRole('checkbox', { name: new RegExp(event.replace('.', '\\.')) }).check();
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  await expect(page.getByRole('heading', { name: 'Webhook endpoint' })).toBeVisible();
  await expect(page.getByText(`http://127.0.0.1:${HOOK_PORT}${HOOK_PATH}`)).toBeVisible();
  const endpointUrl = page.url();
  const secret = await page.getByRole('textbox', { name: 'Signing secret' }).inputValue();
  expect(secret).toMatch(/^whsec_/);

  async function makeKey(name: string, scopes: string[]): Promise<string> {
    await page.goto('/studio/api-keys');
    await page.getByLabel('Name', { exact: true }).fill(name);
    for (const scope of scopes) await page.getByRole('checkbox', { name: new RegExp(`^${scope}`) }).check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await page.getByLabel(`API key ${name}`).inputValue();
    expect(key).toMatch(/^ok_live_/);
    return key;
  }
  const full = await makeKey('Example store', [
    'catalogue:read',
    'designs:write',
    'orders:write',
    'orders:read',
    'production:read',
  ]);
  await expect(page.getByText('it is shown only this once')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'api-keys-created.png'), fullPage: true });
  const catalogueOnly = await makeKey('Catalogue reader', ['catalogue:read']);
  const revoked = await makeKey(`Old store ${RUN}`, ['catalogue:read']);
  await page.reload();
  await page.getByRole('button', { name: `Revoke Old store ${RUN}` }).click();
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: `Old store ${RUN}` })
      .getByText(/^Revoked/),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'API keys' })).not.toContainText(full);
  await expectNoSeriousAccessibilityProblems(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'api-keys-list.png'), fullPage: true });

  const api = (key: string | null): Promise<APIRequestContext> =>
    apiRequest.newContext({ baseURL, extraHTTPHeaders: key ? { authorization: `Bearer ${key}` } : {} });
  const anonymous = await api(null);
  const store = await api(full);

  // --- 401 and 403 as problem+json
  expect((await isProblem(await anonymous.get('/api/v1/products'), 401)).detail).toContain(
    'Authorization: Bearer',
  );
  await isProblem(await (await api(revoked)).get('/api/v1/products'), 401);
  await isProblem(
    await (await api('ok_live_0000000000000000000000000000000000000000')).get('/api/v1/products'),
    401,
  );
  expect((await (await api(catalogueOnly)).get('/api/v1/products')).status()).toBe(200);
  expect(
    (await isProblem(await (await api(catalogueOnly)).post('/api/v1/orders', { data: {} }), 403)).detail,
  ).toContain('orders:write');

  // --- the document is OpenAPI 3.1
  const docResponse = await anonymous.get('/api/v1/openapi.json');
  expect(docResponse.status()).toBe(200);
  const doc = (await docResponse.json()) as Doc;
  const validation = await new Validator().validate(doc);
  expect(validation.errors).toBeUndefined();
  expect(doc.openapi).toBe('3.1.0');

  // --- walk every operation, in the document's order, with the data the earlier ones made
  const product = (await (await store.get('/api/v1/products/iphone-17-case/versions/1')).json()) as {
    id: string;
    template: Template;
  };
  const zone = product.template.zones[0]!;
  const values: Record<string, string> = { slug: 'iphone-17-case', version: '1' };
  const bodies: Record<string, () => unknown> = {
    createDesign: () => ({
      templateVersionId: product.id,
      design: {
        ...newDesign(product.template),
        zones: { [zone.id]: { layers: [newTextLayer(zone, 'l1', 'Via API')] } },
      },
    }),
    createOrder: () => ({
      email: 'api-store@example.com',
      address: {
        name: 'Ada Lovelace',
        line1: 'Hauptstraße 1',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
      shippingMethod: 'standard',
      lines: [{ designId: values.id, quantity: 2 }],
    }),
    changeOrderStatus: () => ({ status: 'in_production' }),
  };
  const walked: string[] = [];
  for (const [template, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (op.operationId === 'getProductionFile') {
        // A file name comes from the list, once the worker has rendered the order.
        await expect(async () => {
          const list = (await (await store.get(`/api/v1/orders/${values.number}/files`)).json()) as {
            files: Array<{ name: string }>;
          };
          expect(list.files.length).toBeGreaterThan(0);
          values.name = list.files.find((f) => f.name.endsWith('spec.json'))!.name;
        }).toPass({ timeout: 90_000 });
      }
      const url = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
      const headers = op.parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key')
        ? { 'idempotency-key': `walk-${Date.now()}` }
        : undefined;
      const body = op.requestBody ? bodies[op.operationId]!() : undefined;
      const send = (ctx: APIRequestContext) =>
        ctx.fetch(url, {
          method: method.toUpperCase(),
          headers,
          ...(body === undefined ? {} : { data: body }),
        });

      // Without a key: 401, as documented for every operation that names a scope.
      if (op.security.length > 0) {
        expect(Object.keys(op.responses), op.operationId).toContain('401');
        await isProblem(await send(anonymous), 401);
      }
      const response = await send(store);
      const documented = Object.keys(op.responses).filter((s) => s.startsWith('2'));
      expect(
        documented,
        `${op.operationId} answered ${response.status()}: ${(await response.text()).slice(0, 300)}`,
      ).toContain(String(response.status()));
      const [type] = Object.keys(op.responses[String(response.status())]!.content);
      const contentType = response.headers()['content-type'] ?? '';
      if (type === 'application/octet-stream') expect(contentType, op.operationId).not.toBe('');
      else expect(contentType.split(';')[0], op.operationId).toBe(type);
      if (type === 'application/json') {
        const json = (await response.json()) as Record<string, unknown>;
        const required = op.responses[String(response.status())]!.content[type]!.schema.required ?? [];
        for (const key of required) expect(json, `${op.operationId} lacks ${key}`).toHaveProperty(key);
        if (op.operationId === 'createDesign') values.id = json.id as string;
        if (op.operationId === 'createOrder') values.number = json.number as string;
      }
      walked.push(op.operationId);
    }
  }
  expect(walked).toHaveLength(Object.values(doc.paths).flatMap((m) => Object.keys(m)).length);
  expect(walked).toContain('getProductionZip');

  // --- the webhook: order.created reached the store's receiver, signed with the endpoint's secret
  const ours = () => hooks.received.filter((h) => h.path === HOOK_PATH);
  const verified = () =>
    ours().map((h) => ({
      id: h.headers['webhook-id'] as string,
      payload: new Webhook(secret).verify(h.body, h.headers as Record<string, string>) as {
        type: string;
        data: { number?: string };
      },
    }));
  await expect(() =>
    expect(verified().map((v) => v.payload.type)).toEqual(
      expect.arrayContaining(['design.saved', 'order.created', 'order.status_changed', 'production.ready']),
    ),
  ).toPass({
    timeout: 30_000,
  });
  const created = verified().find((v) => v.payload.type === 'order.created')!;
  expect(created.payload.data.number).toBe(values.number);

  await page.goto(endpointUrl);
  const row = page.getByRole('row').filter({ hasText: created.id });
  await expect(row.getByText('Delivered')).toBeVisible();
  await expect(row.getByText('204')).toBeVisible();
  const before = ours().length;
  await row.getByRole('button', { name: /^Redeliver order\.created/ }).click();
  await expect(() => expect(ours().length).toBeGreaterThan(before)).toPass({ timeout: 30_000 });
  expect(ours().at(-1)!.headers['webhook-id']).toBe(created.id);
  await page.reload();
  await expectNoSeriousAccessibilityProblems(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'webhook-deliveries.png'), fullPage: true });
  await page.goto('/studio/webhooks');
  await expect(page.getByRole('row').filter({ hasText: HOOK_PATH })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'webhook-endpoints.png'), fullPage: true });
});

test('the reference page lists every operation with its scope', async ({ page }) => {
  await page.goto('/developers');
  await expect(page.getByRole('heading', { name: 'Onekind API', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'POST /api/v1/orders', exact: true })).toContainText(
    'orders:write',
  );
  await expect(
    page.getByRole('region', { name: 'GET /api/v1/orders/{number}/files.zip', exact: true }),
  ).toContainText('production:read');
  await expectNoSeriousAccessibilityProblems(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'developers.png'), fullPage: true });
});
