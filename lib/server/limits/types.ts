// Throttle state, shared by every process of the shop when it lives in the database or Redis.
// Each driver keeps one token bucket per key (lib/rate-limit.ts's model): `burst` takes at
// once, refilled at `perMinute`.
import type { RateLimit } from '../../rate-limit';

export type { RateLimit };

export interface LimitStore {
  /** Takes one token from the bucket `key` (a fresh one is full); true when there was one. */
  take(key: string, limit: RateLimit, now: number): Promise<boolean>;
  /** Gives one token back (at most up to `burst`), e.g. after a sign-in that turned out right. */
  refund(key: string, limit: RateLimit): Promise<void>;
  /** Throws when the store cannot be reached (for readiness checks). */
  ping(): Promise<void>;
}

/** Milliseconds after which a bucket touched at `now` is surely full again, and can be forgotten. */
export function fullAgainAt({ perMinute, burst }: RateLimit, now: number): number {
  return now + Math.ceil((burst / perMinute) * 60_000);
}
