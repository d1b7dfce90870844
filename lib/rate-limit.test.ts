import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('rate limiter', () => {
  it('allows a burst, then refills over time, per client', () => {
    const limiter = createRateLimiter({ perMinute: 6, burst: 3 });
    expect([1, 2, 3, 4].map(() => limiter.take('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.take('b', 0)).toBe(true);
    expect(limiter.take('a', 5_000)).toBe(false);
    expect(limiter.take('a', 10_000)).toBe(true);
    expect(limiter.take('a', 10_000)).toBe(false);
  });

  it('gives back a token on refund, never above the burst', () => {
    const limiter = createRateLimiter({ perMinute: 1, burst: 2 });
    expect([limiter.take('a', 0), limiter.take('a', 0)]).toEqual([true, true]);
    limiter.refund('a');
    expect([limiter.take('a', 0), limiter.take('a', 0)]).toEqual([true, false]);
    limiter.refund('a');
    limiter.refund('a');
    limiter.refund('a');
    expect([limiter.take('a', 0), limiter.take('a', 0), limiter.take('a', 0)]).toEqual([true, true, false]);
  });
});
