import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CLIENT_ADDRESS_HEADER, markCustomServer } from '../http/client-header';

// The order API's limit: next/headers stands in for the request the custom server hands
// Next.js (the client's address in CLIENT_ADDRESS_HEADER). e2e/client-address.spec.ts checks
// the same over HTTP against a running server.
let client = '203.0.113.1';
vi.mock('next/headers', () => ({
  headers: () => Promise.resolve(new Headers({ [CLIENT_ADDRESS_HEADER]: client })),
  cookies: () => Promise.resolve({ get: () => undefined }),
}));

describe('order rate limit', () => {
  let POST: (request: Request) => Promise<Response>;
  beforeAll(async () => {
    vi.stubEnv('ORDER_RATE_LIMIT_PER_MINUTE', '3');
    // This process only: the stores themselves are tested in limits/limits.test.ts.
    vi.stubEnv('RATE_LIMIT_STORE', 'memory');
    markCustomServer();
    ({ POST } = await import('@/app/api/orders/route'));
  });

  const attempt = () =>
    POST(
      new Request('http://shop.test/api/orders', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'k'.repeat(20) },
        body: '{}',
      }),
    );

  it('answers 429 once a client has used its attempts, and counts clients apart', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([422, 422, 422, 429]);
    client = '203.0.113.2';
    expect((await attempt()).status).toBe(422);
  });
});
