import { expect, test, type APIRequestContext } from '@playwright/test';
import { startOwnServer, type OwnServer } from './support/own-server';
import { callAction } from './support/server-actions';

// Per-address throttles count the address a client cannot choose. Two servers of our own, so
// these attacks use up no allowance of the shared one: one served directly (as `npm start`
// is), where a forged X-Forwarded-For changes nothing, and one behind a proxy on 127.0.0.1
// declared in TRUSTED_PROXIES, where each forwarded client is counted apart.

const TOO_MANY = 'Too many attempts. Wait a minute and try again.';
const WRONG = 'That e-mail and password do not match an account.';
const NOT_FOUND = 'We found no order with that number and e-mail address.';

/** A new address for every request: what an attacker would send. */
const forged = (i: number) => ({
  'x-forwarded-for': `203.0.113.${i % 250}`,
  'x-onekind-client-address': `198.51.100.${i % 250}`,
});
/** A distinct order number per i (OK-XXXX-XXXX, letters A-Z and digits 2-9). */
const orderNumber = (i: number) =>
  `OK-GUES-S${'ABCDEFGHJK'[Math.floor(i / 10) % 10]}${'ABCDEFGHJK'[i % 10]}Z`;

const signIn = (api: APIRequestContext, server: OwnServer, i: number, headers: Record<string, string>) =>
  callAction(api, server.url, {
    file: 'sign-in.ts',
    name: 'signIn',
    page: '/sign-in',
    input: { email: `spray-${i}@example.com`, password: 'Summer2025!!' },
    headers,
  });
const findOrder = (
  api: APIRequestContext,
  server: OwnServer,
  number: string,
  email: string,
  headers: Record<string, string>,
) =>
  callAction(api, server.url, {
    file: 'find-order.ts',
    name: 'findOrder',
    page: '/orders',
    input: { number, email },
    headers,
  });
const orderAttempt = (api: APIRequestContext, server: OwnServer, headers: Record<string, string>) =>
  api.post(`${server.url}/api/orders`, {
    headers: { 'idempotency-key': 'k'.repeat(20), ...headers },
    data: { email: 'nobody@example.com' },
  });

/**
 * Sends `count` calls at once and counts the answers. At once, because the allowances refill
 * as time passes (10 a minute per address): sent one by one on a busy machine, the refill
 * would blur where the limit falls.
 */
async function burst(
  count: number,
  call: (i: number) => Promise<string | number>,
): Promise<Record<string, number>> {
  const answers = await Promise.all(Array.from({ length: count }, (_, i) => call(i)));
  const tally: Record<string, number> = {};
  for (const answer of answers) {
    const key =
      typeof answer === 'number'
        ? String(answer)
        : ([WRONG, TOO_MANY, NOT_FOUND].find((a) => answer.includes(a)) ?? answer.slice(0, 300));
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}

test.describe('served directly: the socket address counts, whatever the headers say', () => {
  test.describe.configure({ timeout: 180_000 });
  let server: OwnServer;
  let api: APIRequestContext;
  test.beforeAll(async ({ playwright }) => {
    server = await startOwnServer('direct', 1);
    api = await playwright.request.newContext();
  });
  test.afterAll(async () => {
    await api?.dispose();
    await server?.stop();
  });

  test('prints its address from PORT when PUBLIC_URL is unset', () => {
    expect(server.output()).toContain(
      `Onekind is ready on http://localhost:${server.port} (port ${server.port}; no trusted proxies`,
    );
  });

  test('a password spray with a new forged X-Forwarded-For per request is throttled after 20 tries', async () => {
    const tally = await burst(26, (i) => signIn(api, server, i, forged(i)));
    expect(Object.keys(tally).sort()).toEqual([TOO_MANY, WRONG].sort());
    expect(tally[WRONG]).toBeGreaterThanOrEqual(20);
    expect(tally[WRONG]).toBeLessThanOrEqual(21);
  });

  test('order attempts with a new forged address each are throttled after ORDER_RATE_LIMIT_PER_MINUTE (10)', async () => {
    const tally = await burst(14, (i) => orderAttempt(api, server, forged(i)).then((r) => r.status()));
    expect(Object.keys(tally).sort()).toEqual(['422', '429']);
    expect(tally['422']).toBeGreaterThanOrEqual(10);
    expect(tally['422']).toBeLessThanOrEqual(11);
  });

  test('order lookups are throttled per order number, and per address across numbers', async () => {
    // Guessing the e-mail of one order: five tries, then one a minute, whoever asks.
    const one = orderNumber(0);
    expect(await burst(8, (i) => findOrder(api, server, one, `guess-${i}@example.com`, forged(i)))).toEqual({
      [NOT_FOUND]: 5,
      [TOO_MANY]: 3,
    });
    // One client trying many numbers: 20 at once (the eight above included), then 10 a minute.
    const tally = await burst(18, (i) =>
      findOrder(api, server, orderNumber(i + 1), 'someone@example.com', forged(i + 8)),
    );
    expect(Object.keys(tally).sort()).toEqual([NOT_FOUND, TOO_MANY].sort());
    expect(tally[NOT_FOUND]).toBeGreaterThanOrEqual(12);
    expect(tally[NOT_FOUND]).toBeLessThanOrEqual(13);
  });

  test('a client’s own X-Forwarded-Host does not make another site’s form look like ours', async () => {
    const response = await api.post(`${server.url}/studio/team`, {
      headers: { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' },
      form: { email: 'csrf@evil.example' },
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toBe('Cross-site request refused.');
  });
});

test.describe('behind a trusted proxy: each forwarded client counts on its own', () => {
  test.describe.configure({ timeout: 180_000 });
  let server: OwnServer;
  let api: APIRequestContext;
  test.beforeAll(async ({ playwright }) => {
    server = await startOwnServer('proxied', 2, { TRUSTED_PROXIES: '127.0.0.1, ::1' });
    api = await playwright.request.newContext();
  });
  test.afterAll(async () => {
    await api?.dispose();
    await server?.stop();
  });

  test('order attempts are counted per client the proxy names, and entries the client added in front are ignored', async () => {
    const client = { 'x-forwarded-for': '203.0.113.10' };
    const tally = await burst(13, () => orderAttempt(api, server, client).then((r) => r.status()));
    expect(tally['422']).toBeGreaterThanOrEqual(10);
    expect(tally['422']).toBeLessThanOrEqual(11);
    // The client wrote its own entry in front; the proxy appended the address it came from.
    expect(
      (await orderAttempt(api, server, { 'x-forwarded-for': '198.51.100.1, 203.0.113.10' })).status(),
    ).toBe(429);
    expect((await orderAttempt(api, server, { 'x-forwarded-for': '203.0.113.11' })).status()).toBe(422);
  });

  test('guessing one order’s e-mail from many clients is still throttled per order number', async () => {
    const one = orderNumber(99);
    expect(
      await burst(7, (i) =>
        findOrder(api, server, one, `guess-${i}@example.com`, { 'x-forwarded-for': `192.0.2.${i + 1}` }),
      ),
    ).toEqual({ [NOT_FOUND]: 5, [TOO_MANY]: 2 });
  });

  test('the proxy’s X-Forwarded-Host names our site', async () => {
    const response = await api.post(`${server.url}/studio/team`, {
      headers: { origin: 'https://shop.example', 'x-forwarded-host': 'shop.example' },
      form: { email: 'someone@shop.example' },
      maxRedirects: 0,
    });
    expect(response.status()).not.toBe(403);
  });
});
