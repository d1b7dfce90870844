import 'server-only';
import { createRateLimiter } from '../../rate-limit';

type Limiter = ReturnType<typeof createRateLimiter>;
const globalForLimit = globalThis as unknown as { onekindMakerSignInLimiter?: Limiter };

/** True when this client may try the maker secret again now: 10 tries a minute, so guessing is hopeless. */
export function allowMakerSignIn(client: string): boolean {
  globalForLimit.onekindMakerSignInLimiter ??= createRateLimiter({ perMinute: 10, burst: 10 });
  return globalForLimit.onekindMakerSignInLimiter.take(client, Date.now());
}
