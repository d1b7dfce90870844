import 'server-only';
import { headers } from 'next/headers';
import { createRateLimiter } from '../../rate-limit';
import { readEnv } from '../env';

type Limiter = ReturnType<typeof createRateLimiter>;
const globalForLimit = globalThis as unknown as { onekindOrderLimiter?: Limiter };

/**
 * The client an order attempt comes from. Next.js fills x-forwarded-for with the socket
 * address when no proxy set it; behind a proxy, the proxy must overwrite the header.
 */
export async function clientAddress(): Promise<string> {
  return (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}

/** True when this client may try to place another order now (ORDER_RATE_LIMIT_PER_MINUTE). */
export async function allowOrderAttempt(): Promise<boolean> {
  const perMinute = readEnv().orderRateLimitPerMinute;
  globalForLimit.onekindOrderLimiter ??= createRateLimiter({ perMinute, burst: perMinute });
  return globalForLimit.onekindOrderLimiter.take(await clientAddress(), Date.now());
}

export const RATE_LIMITED = 'Too many orders from your connection in a short time. Wait a minute and try again.';
