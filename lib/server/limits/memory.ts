import 'server-only';
import { createRateLimiter } from '../../rate-limit';
import type { LimitStore, RateLimit } from './types';

// In this process's memory: for tests, and for a single process that wants no writes at all
// (RATE_LIMIT_STORE=memory). Counts do not hold across processes or restarts.

/** A fresh in-memory store. */
export function memoryLimitStore(): LimitStore {
  const limiters = new Map<string, ReturnType<typeof createRateLimiter>>();
  const limiter = (limit: RateLimit) => {
    const id = `${limit.perMinute}/${limit.burst}`;
    let found = limiters.get(id);
    if (!found) limiters.set(id, (found = createRateLimiter(limit)));
    return found;
  };
  return {
    take: (key, limit, now) => Promise.resolve(limiter(limit).take(key, now)),
    refund: (key, limit) => Promise.resolve(limiter(limit).refund(key)),
    ping: () => Promise.resolve(),
  };
}
