import 'server-only';
import { readEnv } from '../env';
import { clientKey } from '../http/client-address';
import { limitStore } from '../limits';

// Orders per client address, counted in the shop's limit store (limits/), so the limit holds
// across every process of the shop.

/** True when this client may try to place another order now (ORDER_RATE_LIMIT_PER_MINUTE). */
export async function allowOrderAttempt(): Promise<boolean> {
  const perMinute = readEnv().orderRateLimitPerMinute;
  return limitStore().take(`order:${await clientKey()}`, { perMinute, burst: perMinute }, Date.now());
}

export const RATE_LIMITED =
  'Too many orders from your connection in a short time. Wait a minute and try again.';
