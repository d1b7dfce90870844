import 'server-only';
import type { RateLimit } from '../../rate-limit';
import { limitStore, type LimitStore } from '../limits';
import { memoryLimitStore } from '../limits/memory';

// Throttles for everything that checks a secret: signing in (per client address and per
// e-mail), the setup code, invitation links, password changes, and the shopper's order lookup
// (an order number and e-mail give the order's link). Counted in the shop's limit store
// (limits/: the database or Redis), so they hold across every process of the shop.
//
// Per e-mail: 5 tries at once, then one a minute, whoever sends them, so guessing one
// account's password is hopeless even from many addresses. Per address: 20 at once, then 10
// a minute, so one client cannot try a password on many accounts either. The address is the
// socket's, or behind a trusted proxy its client's (lib/server/http/client-address.ts). A sign-in
// that turns out right gives its tries back: only wrong passwords use the allowance up, so
// staff who sign in often are never locked out by their own successes.

export type AttemptLimiter = {
  take(key: string, now: number): Promise<boolean>;
  refund(key: string): Promise<void>;
};

export const LIMITS = {
  signInPerAddress: { perMinute: 10, burst: 20 },
  signInPerEmail: { perMinute: 1, burst: 5 },
  setupPerAddress: { perMinute: 5, burst: 5 },
  invitePerAddress: { perMinute: 10, burst: 10 },
  passwordChangePerUser: { perMinute: 1, burst: 5 },
  // Order lookups: one client trying many numbers, and many clients guessing one order's e-mail.
  orderLookupPerAddress: { perMinute: 10, burst: 20 },
  orderLookupPerOrder: { perMinute: 1, burst: 5 },
} satisfies Record<string, RateLimit>;

export type LimitName = keyof typeof LIMITS;

export const TOO_MANY_ATTEMPTS = 'Too many attempts. Wait a minute and try again.';

/** The limiter of that name in `store`: its buckets are keyed `<name>:<key>`. */
export function limiterIn(
  store: LimitStore,
  name: LimitName,
  limit: RateLimit = LIMITS[name],
): AttemptLimiter {
  return {
    take: (key, now) => store.take(`${name}:${key}`, limit, now),
    refund: (key) => store.refund(`${name}:${key}`, limit),
  };
}

/** The shop's limiter of that name, in the configured limit store. */
export function attemptLimiter(name: LimitName): AttemptLimiter {
  return limiterIn(limitStore(), name);
}

/** Fresh in-memory limiters with the production limits, for tests. */
export function freshLimiters(): (name: LimitName) => AttemptLimiter {
  const store = memoryLimitStore();
  return (name) => limiterIn(store, name);
}
