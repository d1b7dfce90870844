import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { cardModel } from '../lib/models/testing/models';
import { placeOrderViaApi } from './support/orders';
import { buildActions, callAction as postAction } from './support/server-actions';
import {
  expectNoSeriousAccessibilityProblems,
  invite,
  join,
  SCREENSHOTS,
  SIGNED_IN,
  signIn,
} from './support/staff';

// Every studio and maker route, listed, checked for who may use it: anonymous visitors are
// sent to sign in (pages) or get 401 (route handlers) or a refusal (server actions); a maker
// gets 403 in the studio. Then sign-in throttling and cross-site requests.

type Who = 'admin' | 'maker';
const ADMINS: Who[] = ['admin'];
const STAFF: Who[] = ['admin', 'maker'];

/** Every page of the staff areas and who may open it (dynamic segments filled in by sample()). */
const PAGES: Array<{ route: string; allowed: Who[] }> = [
  { route: '/studio', allowed: ADMINS },
  { route: '/studio/orders', allowed: ADMINS },
  { route: '/studio/orders/[number]', allowed: ADMINS },
  { route: '/studio/production', allowed: ADMINS },
  { route: '/studio/team', allowed: ADMINS },
  { route: '/studio/assets', allowed: ADMINS },
  { route: '/studio/embed', allowed: ADMINS },
  { route: '/studio/api-keys', allowed: ADMINS },
  { route: '/studio/webhooks', allowed: ADMINS },
  { route: '/studio/webhooks/[id]', allowed: ADMINS },
  { route: '/studio/templates', allowed: ADMINS },
  { route: '/studio/templates/new', allowed: ADMINS },
  { route: '/studio/templates/[slug]', allowed: ADMINS },
  { route: '/studio/templates/[slug]/try', allowed: ADMINS },
  { route: '/studio/templates/[slug]/versions', allowed: ADMINS },
  { route: '/maker', allowed: STAFF },
  { route: '/maker/orders/[number]', allowed: STAFF },
  { route: '/account', allowed: STAFF },
];

/**
 * Every route handler of the staff areas: the production file downloads, the CSV export, the
 * studio's 3D model upload and zone measuring, and its font and clipart uploads (`post`: what
 * is posted to it; `adminStatus`: what an admin gets, 200 unless said).
 */
type Post = 'model' | 'measure' | 'font' | 'clipart';
const ROUTE_HANDLERS: Array<{ route: string; allowed: Who[]; post?: Post; adminStatus?: number }> = [
  { route: '/api/maker/orders/[number]/zip', allowed: STAFF },
  { route: '/api/maker/orders/[number]/files/[name]', allowed: STAFF },
  { route: '/api/studio/orders.csv', allowed: ADMINS },
  { route: '/api/studio/models', allowed: ADMINS, post: 'model' },
  { route: '/api/studio/models/[sha256]', allowed: ADMINS },
  { route: '/api/studio/models/[sha256]/measure', allowed: ADMINS, post: 'measure' },
  // Not a font (415), and a clipart with a script (422): refused, so nothing is stored.
  { route: '/api/studio/fonts', allowed: ADMINS, post: 'font', adminStatus: 415 },
  { route: '/api/studio/clipart', allowed: ADMINS, post: 'clipart', adminStatus: 422 },
];

/**
 * Every server action behind a staff form, with an input that passes its validation but
 * changes nothing, and what it answers someone allowed to call it.
 */
const ACTIONS: Array<{
  file: string;
  name: string;
  allowed: Who[];
  input: Record<string, unknown>;
  answer: string;
}> = [
  {
    file: 'invite-member.ts',
    name: 'inviteMember',
    allowed: ADMINS,
    input: { email: 'admin@e2e.test', role: 'admin' },
    answer: 'There is already an account with this e-mail address.',
  },
  {
    file: 'revoke-invite.ts',
    name: 'revokeInvitation',
    allowed: ADMINS,
    input: { id: 'no-such-invitation' },
    answer: 'That invitation was already used or withdrawn.',
  },
  {
    file: 'set-member-disabled.ts',
    name: 'disableMember',
    allowed: ADMINS,
    input: { id: 'no-such-account' },
    answer: 'No such account.',
  },
  {
    file: 'set-member-disabled.ts',
    name: 'enableMember',
    allowed: ADMINS,
    input: { id: 'no-such-account' },
    answer: 'No such account.',
  },
  {
    file: 'change-order-status.ts',
    name: 'startProduction',
    allowed: STAFF,
    input: { number: 'OK-2222-2222' },
    answer: 'No such order.',
  },
  {
    file: 'change-order-status.ts',
    name: 'markShipped',
    allowed: STAFF,
    input: { number: 'OK-2222-2222', trackingReference: 'JJD000390007' },
    answer: 'No such order.',
  },
  {
    file: 'change-order-status.ts',
    name: 'cancelOrder',
    allowed: ADMINS,
    input: { number: 'OK-2222-2222', reason: 'Customer asked to cancel' },
    answer: 'No such order.',
  },
  {
    file: 'retry-production.ts',
    name: 'retryProduction',
    allowed: ADMINS,
    input: { id: 'OK-2222-2222' },
    answer: 'No such order.',
  },
  {
    file: 'create-template.ts',
    name: 'createTemplate',
    allowed: ADMINS,
    input: {
      kind: 'mug',
      name: 'Taken',
      slug: 'ceramic-mug-11oz',
      brand: 'B',
      currency: 'EUR',
      description: 'd',
    },
    answer: 'Check the web address.',
  },
  {
    file: 'duplicate-template.ts',
    name: 'duplicateTemplate',
    allowed: ADMINS,
    input: { from: 'no-such-template', name: 'Copy', slug: 'no-such-copy' },
    answer: 'The template to copy no longer exists.',
  },
  {
    file: 'rename-template.ts',
    name: 'renameTemplate',
    allowed: ADMINS,
    input: { slug: 'no-such-template', newSlug: 'no-such-other', revision: 0 },
    answer: 'This template no longer exists.',
  },
  {
    file: 'archive-template.ts',
    name: 'archiveTemplate',
    allowed: ADMINS,
    input: { slug: 'no-such-template', archived: true },
    answer: 'This template no longer exists.',
  },
  {
    file: 'delete-template.ts',
    name: 'deleteTemplate',
    allowed: ADMINS,
    input: { slug: 'no-such-template' },
    answer: 'This template no longer exists.',
  },
  {
    file: 'save-draft.ts',
    name: 'saveDraft',
    allowed: ADMINS,
    input: { slug: 'no-such-template', revision: 0, document: {} },
    answer: 'This template no longer exists.',
  },
  {
    file: 'publish-draft.ts',
    name: 'publishDraft',
    allowed: ADMINS,
    input: { slug: 'no-such-template', revision: 0 },
    answer: 'This template no longer exists.',
  },
  {
    file: 'embed-origins.ts',
    name: 'allowEmbedOrigin',
    allowed: ADMINS,
    input: { origin: 'shop.example.com' },
    answer: 'Enter a full address with https://',
  },
  {
    file: 'embed-origins.ts',
    name: 'withdrawEmbedOrigin',
    allowed: ADMINS,
    input: { id: 'https://never-allowed.example' },
    answer: 'That site was already removed.',
  },
  {
    file: 'create-api-key.ts',
    name: 'createApiKeyAction',
    allowed: ADMINS,
    input: { name: '', scopes: [] },
    answer: 'Check the fields marked below.',
  },
  {
    file: 'revoke-api-key.ts',
    name: 'revokeApiKeyAction',
    allowed: ADMINS,
    input: { id: 'no-such-key' },
    answer: 'That key was already revoked.',
  },
  {
    file: 'create-webhook-endpoint.ts',
    name: 'createWebhookEndpoint',
    allowed: ADMINS,
    input: { url: 'ftp://example.com', description: '', events: [] },
    answer: 'Check the fields marked below.',
  },
  {
    file: 'manage-webhook-endpoint.ts',
    name: 'rotateWebhookSecret',
    allowed: ADMINS,
    input: { id: 'no-such-endpoint' },
    answer: 'That endpoint no longer exists.',
  },
  {
    file: 'manage-webhook-endpoint.ts',
    name: 'deleteWebhookEndpoint',
    allowed: ADMINS,
    input: { id: 'no-such-endpoint' },
    answer: 'That endpoint no longer exists.',
  },
  {
    file: 'manage-webhook-endpoint.ts',
    name: 'redeliverWebhook',
    allowed: ADMINS,
    input: { id: 'no-such-delivery' },
    answer: 'That delivery no longer exists.',
  },
  {
    file: 'delete-brand-font.ts',
    name: 'deleteFont',
    allowed: ADMINS,
    input: { id: 'no-such-font' },
    answer: 'That font was already deleted.',
  },
  {
    file: 'delete-clipart.ts',
    name: 'deleteBrandClipart',
    allowed: ADMINS,
    input: { id: 'no-such-clipart' },
    answer: 'That clipart was already deleted.',
  },
  {
    file: 'change-password.ts',
    name: 'changePassword',
    allowed: STAFF,
    input: { currentPassword: 'not my password', newPassword: 'a new password 123' },
    answer: 'That is not your current password.',
  },
];

/** Server actions anyone may call: signing in and out, joining, and the shopper's own. */
const PUBLIC_ACTION_FILES = [
  'sign-in.ts',
  'sign-out.ts',
  'set-up-first-admin.ts',
  'accept-invitation.ts',
  'add-to-cart.ts',
  'find-order.ts',
  'place-order.ts',
  'remove-cart-item.ts',
  'save-design.ts',
  'update-cart-item.ts',
];

const REFUSED = 'You are signed out or your account may not do this.';
const ROOT = path.join(import.meta.dirname, '..');

/** Routes of the app/ files named `file` under `dir` ('app/studio/orders/[number]/page.tsx' -> '/studio/orders/[number]'). */
function routesIn(dir: string, file: string): string[] {
  const base = path.join(ROOT, 'app');
  return fs
    .readdirSync(path.join(base, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => path.basename(f) === file)
    .map((f) => `/${path.join(dir, path.dirname(f))}`.replace(/\/\.$/, '').replace(/\/\([^)]+\)/g, ''));
}

test.describe('who may use the staff areas', () => {
  let number = '';
  let card: Buffer;
  let modelSha = '0'.repeat(64);
  let endpointId = 'x';
  const sample = (route: string) =>
    route
      .replace('[number]', number)
      .replace('[sha256]', modelSha)
      .replace('[slug]', 'ceramic-mug-11oz')
      .replace('[id]', endpointId)
      .replace('[name]', `${number}_1_spec.json`)
      .replace(/\[[^\]]+\]/g, 'x');
  const context = async (
    playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
    baseURL: string,
    who?: Who,
  ) => playwright.request.newContext({ baseURL, ...(who ? { storageState: SIGNED_IN[who] } : {}) });

  /** Calls a server action as the browser's JavaScript would, from the page that uses it. */
  const callAction = async (api: APIRequestContext, baseURL: string, a: (typeof ACTIONS)[number]) => {
    const found = buildActions().find((b) => b.file === a.file && b.name === a.name);
    if (!found) throw new Error(`${a.name} is not in the build`);
    const page = sample(found.page.replace(/^app/, '').replace(/\/page$/, '') || '/');
    return postAction(api, baseURL, { ...a, page });
  };

  /** Calls a route handler: a GET, or a POST of a small model or of a zone to measure. */
  const hit = (api: APIRequestContext, h: (typeof ROUTE_HANDLERS)[number]) => {
    const url = sample(h.route);
    if (h.post === 'model')
      return api.post(url, {
        multipart: { file: { name: 'card.glb', mimeType: 'model/gltf-binary', buffer: card } },
      });
    if (h.post === 'font')
      return api.post(url, {
        multipart: {
          file: { name: 'font.ttf', mimeType: 'font/ttf', buffer: Buffer.from('not a font at all') },
          licenceNote: 'Security test',
        },
      });
    if (h.post === 'clipart')
      return api.post(url, {
        multipart: {
          file: {
            name: 'bad.svg',
            mimeType: 'image/svg+xml',
            buffer: Buffer.from(
              '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script></svg>',
            ),
          },
          name: 'Bad',
          category: 'Love',
        },
      });
    if (h.post === 'measure')
      return api.post(url, {
        data: { mesh: 'Card', uv: { u0: 0.2, v0: 0.2, u1: 0.4, v1: 0.4 }, scaleToMm: 1000 },
      });
    return api.get(url);
  };

  test.beforeAll(async ({ baseURL, playwright }) => {
    number = await placeOrderViaApi(baseURL!, {
      slug: 'iphone-17-case',
      text: 'Sec',
      email: `security-${Date.now()}@example.com`,
    });
    card = Buffer.from(await cardModel());
    const admin = await context(playwright, baseURL!, 'admin');
    const uploaded = await admin.post('/api/studio/models', {
      multipart: { file: { name: 'card.glb', mimeType: 'model/gltf-binary', buffer: card } },
    });
    expect(uploaded.status()).toBe(201);
    modelSha = ((await uploaded.json()) as { sha256: string }).sha256;
    const created = await postAction(admin, baseURL!, {
      file: 'create-webhook-endpoint.ts',
      name: 'createWebhookEndpoint',
      page: '/studio/webhooks',
      input: {
        url: 'https://example.com/security-spec',
        description: 'security spec',
        events: ['order.created'],
      },
    });
    endpointId = /"id":"([^"]+)"/.exec(created)?.[1] ?? 'x';
    expect(endpointId).not.toBe('x');
    await admin.dispose();
  });

  test('the lists below name every studio and maker page, route handler and server action', () => {
    const pages = [
      ...routesIn('studio', 'page.tsx'),
      ...routesIn('maker', 'page.tsx'),
      ...routesIn('account', 'page.tsx'),
    ];
    const handlers = [...routesIn('api/studio', 'route.ts'), ...routesIn('api/maker', 'route.ts')];
    expect(
      pages.filter((p) => !PAGES.some((l) => l.route === p)),
      'pages missing from PAGES',
    ).toEqual([]);
    expect(
      handlers.filter((h) => !ROUTE_HANDLERS.some((l) => l.route === h)),
      'route handlers missing from ROUTE_HANDLERS',
    ).toEqual([]);
    const staffActions = buildActions().filter(
      (a) => a.file.length > 0 && !PUBLIC_ACTION_FILES.includes(a.file),
    );
    expect(
      staffActions
        .filter((a) => !ACTIONS.some((l) => l.file === a.file && l.name === a.name))
        .map((a) => `${a.file} ${a.name}`),
      'server actions missing from ACTIONS',
    ).toEqual([]);
  });

  test('anonymous visitors are sent to sign in from every page and refused by every route handler and action', async ({
    playwright,
    baseURL,
  }) => {
    const api = await context(playwright, baseURL!);
    for (const { route } of PAGES) {
      const url = sample(route);
      const response = await api.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(307);
      expect(response.headers().location, url).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
    }
    for (const h of ROUTE_HANDLERS) expect((await hit(api, h)).status(), h.route).toBe(401);
    // The maker secret's old sign-in form leads to the one sign-in.
    expect((await api.get('/maker/sign-in', { maxRedirects: 0 })).headers().location).toBe(
      '/sign-in?next=/maker',
    );
    for (const action of ACTIONS) {
      const body = await callAction(api, baseURL!, action);
      expect(body, action.name).toContain(REFUSED);
      expect(body, action.name).not.toContain(action.answer);
    }
    await api.dispose();
  });

  test('a maker gets 403 from every studio page, route handler and action', async ({
    playwright,
    baseURL,
    browser,
  }) => {
    const api = await context(playwright, baseURL!, 'maker');
    for (const { route, allowed } of PAGES) {
      const response = await api.get(sample(route), { maxRedirects: 0 });
      if (allowed.includes('maker')) expect(response.status(), route).toBe(200);
      else {
        expect(response.status(), route).toBe(403);
        expect(await response.text(), route).toContain('This page is not for your account');
      }
    }
    for (const h of ROUTE_HANDLERS)
      expect((await hit(api, h)).status(), h.route).toBe(h.allowed.includes('maker') ? 200 : 403);

    // What the maker sees: a page that says so and leads back, not a redirect to bounce on.
    const browserContext = await browser.newContext({ storageState: SIGNED_IN.maker });
    const page = await browserContext.newPage();
    expect((await page.goto('/studio/team'))?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'This page is not for your account' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the production queue' })).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'forbidden.png'), fullPage: true });
    await browserContext.close();
    for (const action of ACTIONS) {
      const body = await callAction(api, baseURL!, action);
      expect(body, action.name).toContain(action.allowed.includes('maker') ? action.answer : REFUSED);
    }
    await api.dispose();
  });

  test('an admin may use every page, route handler and action', async ({ playwright, baseURL }) => {
    const api = await context(playwright, baseURL!, 'admin');
    for (const { route } of PAGES)
      expect((await api.get(sample(route), { maxRedirects: 0 })).status(), route).toBe(200);
    for (const h of ROUTE_HANDLERS)
      expect((await hit(api, h)).status(), h.route).toBe(h.adminStatus ?? (h.post === 'model' ? 201 : 200));
    for (const action of ACTIONS)
      expect(await callAction(api, baseURL!, action), action.name).toContain(action.answer);
    await api.dispose();
  });
});

test.describe('sign-in throttling', () => {
  test('after five wrong passwords for an account, even the right one is refused for a while', async ({
    browser,
    page,
  }) => {
    const admin = await browser.newContext({ storageState: SIGNED_IN.admin });
    const victim = {
      name: 'Val Victim',
      email: `victim-${Date.now()}@e2e.test`,
      password: 'the victim password 1',
    };
    await (await join(browser, await invite(await admin.newPage(), victim.email), victim)).close();
    await admin.close();

    const alert = page.getByRole('form', { name: 'Sign in' }).getByRole('alert');
    for (let i = 1; i <= 5; i++) {
      await signIn(page, { email: victim.email, password: `wrong guess number ${i}` });
      await expect(alert).toHaveText('That e-mail and password do not match an account.');
    }
    await signIn(page, victim);
    await expect(alert).toHaveText('Too many attempts. Wait a minute and try again.');
    await expect(page.getByRole('navigation', { name: 'Staff' })).toHaveCount(0);
  });
});

test.describe('cross-site requests', () => {
  test('a form on another site posting to the studio is refused with 403', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: SIGNED_IN.admin });
    const page = await context.newPage();
    // Another origin (and site) served by the same server: localhost instead of 127.0.0.1.
    const elsewhere = baseURL!.replace('127.0.0.1', 'localhost');
    await page.goto(`${elsewhere}/`);
    const target = `${baseURL}/studio/team`;
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === target && r.request().method() === 'POST'),
      page.evaluate((action) => {
        const form = Object.assign(document.createElement('form'), { method: 'POST', action });
        form.append(
          Object.assign(document.createElement('input'), { name: 'email', value: 'csrf@evil.example' }),
        );
        document.body.append(form);
        form.submit();
      }, target),
    ]);
    expect(response.status()).toBe(403);
    await expect(page.locator('body')).toHaveText('Cross-site request refused.');
    await context.close();
  });

  test('cross-origin POSTs to staff routes and to any server action are refused; the shop API is not', async ({
    request,
  }) => {
    const evil = { origin: 'http://evil.example' };
    for (const url of [
      '/studio/team',
      '/maker',
      '/sign-in',
      '/setup',
      '/invite/x',
      '/account',
      '/api/maker/orders/OK-2222-2222/zip',
      '/api/studio/orders.csv',
      '/api/studio/models',
    ]) {
      const response = await request.post(url, { headers: evil, form: { email: 'csrf@evil.example' } });
      expect(response.status(), url).toBe(403);
      expect(await response.text()).toBe('Cross-site request refused.');
    }
    // A server action is refused whichever page it is posted to.
    expect(
      (await request.post('/', { headers: { ...evil, 'next-action': '0'.repeat(42) }, data: '[]' })).status(),
    ).toBe(403);
    // Without Origin, Sec-Fetch-Site tells.
    expect(
      (
        await request.post('/studio/team', { headers: { 'sec-fetch-site': 'cross-site' }, data: '' })
      ).status(),
    ).toBe(403);
    // The order API is meant for other sites' servers: not refused for its origin.
    const order = await request.post('/api/orders', {
      headers: { ...evil, 'idempotency-key': 'k'.repeat(20), 'x-forwarded-for': '198.51.100.201' },
      data: { email: 'nobody@example.com' },
    });
    expect(order.status()).toBe(422);
  });

  test('staff pages may not be framed by another site', async ({ request }) => {
    for (const url of ['/sign-in', '/studio', '/maker']) {
      const headers = (await request.get(url, { maxRedirects: 0 })).headers();
      expect(headers['x-frame-options'], url).toBe('DENY');
      expect(headers['content-security-policy'], url).toBe("frame-ancestors 'none'");
    }
  });
});

// The custom server's own endpoints (scripts/server/ops-routes.ts), beside the app's routes:
// health and readiness answer anyone with nothing but a status; metrics are not exposed to
// shoppers (this server has no METRICS_TOKEN, so the path is the app's 404).
test.describe('operations endpoints', () => {
  test('/healthz and /readyz answer; /metrics is not there without METRICS_TOKEN; every response has a request id', async ({
    request,
  }) => {
    const health = await request.get('/healthz');
    expect([health.status(), await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await request.get('/readyz');
    expect([ready.status(), await ready.json()]).toEqual([200, { status: 'ready' }]);
    expect((await request.post('/readyz')).status()).toBe(405);

    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer anything-at-all-really' }];
    for (const headers of attempts) {
      const metrics = await request.get('/metrics', { headers });
      expect(metrics.status()).toBe(404);
      expect(await metrics.text()).not.toContain('onekind_http_request_duration_seconds');
    }

    const page = await request.get('/', { headers: { 'x-request-id': 'from-the-proxy-42' } });
    expect(page.headers()['x-request-id']).toBe('from-the-proxy-42');
    expect((await request.get('/')).headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
