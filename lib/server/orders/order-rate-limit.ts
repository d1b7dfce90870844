import 'server-only';
import { createRateLimiter } from '../../rate-limit';
import { readEnv } from '../env';
import { clientKey } from '../http/client-address';

type Limiter = ReturnType<typeof createRateLimiter>;
const globalForLimit = globalThis as unknown as { onekindOrderLimiter?: Limiter };

/** True when this client may try to place another order now (ORDER_RATE_LIMIT_PER_MINUTE). */
export async function allowOrderAttempt(): Promise<boolean> {
  const perMinute = readEnv().orderRateLimitPerMinute;
  globalForLimit.onekindOrderLimiter ??= createRateLimiter({ perMinute, burst: perMinute });
  return globalForLimit.onekindOrderLimiter.take(await clientKey(), Date.now());
}

export const RATE_LIMITED = 'Too many orders from your connection in a short time. Wait a minute and try again.';
