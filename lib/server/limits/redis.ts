import 'server-only';
import { Redis } from 'ioredis';
import type { LimitStore } from './types';

// Buckets as Redis hashes (tokens, at), each updated by one Lua script, which Redis runs
// atomically: refill, check and decrement cannot interleave between processes. A bucket
// expires when it would be full again, so Redis forgets idle clients by itself.

const PREFIX = 'onekind:limit:';

const TAKE = `
local perMinute, burst, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens, at = tonumber(state[1]), tonumber(state[2])
if tokens == nil then tokens, at = burst, now end
if now > at then tokens, at = math.min(burst, tokens + (now - at) * perMinute / 60000), now end
local allowed = 0
if tokens >= 1 - 1e-9 then tokens, allowed = tokens - 1, 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) * 60000 / perMinute) + 1000)
return allowed`;

const REFUND = `
local tokens = tonumber(redis.call('HGET', KEYS[1], 'tokens'))
if tokens ~= nil then redis.call('HSET', KEYS[1], 'tokens', tostring(math.min(tonumber(ARGV[1]), tokens + 1))) end
return 0`;

type Scripted = Redis & {
  onekindTake(key: string, perMinute: number, burst: number, now: number): Promise<number>;
  onekindRefund(key: string, burst: number): Promise<number>;
};

/** A Redis client for REDIS_URL that fails fast instead of queueing commands while Redis is away. */
export function redisClient(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectTimeout: 2_000 });
}

/** A store in Redis. */
export function redisLimitStore(client: Redis): LimitStore {
  const redis = client as Scripted;
  redis.defineCommand('onekindTake', { numberOfKeys: 1, lua: TAKE });
  redis.defineCommand('onekindRefund', { numberOfKeys: 1, lua: REFUND });
  return {
    async take(key, { perMinute, burst }, now) {
      return (await redis.onekindTake(PREFIX + key, perMinute, burst, now)) === 1;
    },
    async refund(key, { burst }) {
      await redis.onekindRefund(PREFIX + key, burst);
    },
    async ping() {
      await redis.ping();
    },
  };
}
