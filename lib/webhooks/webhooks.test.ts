import { describe, expect, it } from 'vitest';
import { nextAttemptAt, retryDelayMs, RETRY_WINDOW_MS } from './backoff';
import { createEndpointSchema, parseEvents } from './events';

describe('webhook retries', () => {
  it('back off exponentially up to an hour apart', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(3_600_000);
  });

  it('stop 24 hours after the event', () => {
    const created = new Date('2026-01-01T00:00:00Z');
    expect(nextAttemptAt(created, 1, created)).toEqual(new Date('2026-01-01T00:00:30Z'));
    const late = new Date(created.getTime() + RETRY_WINDOW_MS - 1000);
    expect(nextAttemptAt(created, 12, late)).toBeNull();
    // The attempts of a day: about 30.
    let at = created;
    let attempts = 0;
    for (let next: Date | null = created; next; next = nextAttemptAt(created, ++attempts, at)) at = next;
    expect(attempts).toBeGreaterThan(20);
    expect(attempts).toBeLessThan(40);
  });
});

describe('endpoint form', () => {
  it('takes http(s) addresses only', () => {
    const ok = createEndpointSchema.safeParse({
      url: 'https://shop.example.com/hooks',
      events: ['order.created'],
    });
    expect(ok.success).toBe(true);
    for (const url of [
      'ftp://shop.example.com/x',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'shop.example.com',
      'https://user:pw@example.com/',
    ]) {
      const parsed = createEndpointSchema.safeParse({ url, events: ['order.created'] });
      expect(parsed.success, url).toBe(false);
    }
    expect(createEndpointSchema.safeParse({ url: 'https://x.example', events: [] }).success).toBe(false);
  });

  it('reads stored events', () => {
    expect(parseEvents('production.ready,nope,order.created')).toEqual(['order.created', 'production.ready']);
  });
});
