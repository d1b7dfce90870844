import 'server-only';
import { db } from '../db/client';
import { readEnv, type LimitsEnv } from '../env';
import { databaseLimitStore } from './database';
import { memoryLimitStore } from './memory';
import type { LimitStore } from './types';

export type { LimitStore, RateLimit } from './types';

// The shop's one limit store, chosen by the environment: Redis when REDIS_URL is set, else the
// shop's database, so throttles hold across every process (RATE_LIMIT_STORE=memory keeps them
// in the process, as before).

const globalForLimits = globalThis as unknown as { onekindLimitStore?: LimitStore };

/** The configured limit store of this process. */
export function limitStore(): LimitStore {
  return (globalForLimits.onekindLimitStore ??= limitStoreFor(readEnv().limits));
}

/** The store a configuration names. */
export function limitStoreFor(config: LimitsEnv): LimitStore {
  switch (config.store) {
    case 'memory':
      return memoryLimitStore();
    case 'database':
      return databaseLimitStore(db());
    case 'redis': {
      // ioredis loads on first use: a process whose throttles live in the database never needs it.
      let loaded: Promise<LimitStore> | undefined;
      const store = () =>
        (loaded ??= import('./redis').then(({ redisClient, redisLimitStore }) => {
          const client = redisClient(config.redisUrl);
          // Errors surface on the commands that fail; without a listener ioredis would also print each.
          client.on('error', () => undefined);
          return redisLimitStore(client);
        }));
      return {
        take: async (key, limit, now) => (await store()).take(key, limit, now),
        refund: async (key, limit) => (await store()).refund(key, limit),
        ping: async () => (await store()).ping(),
      };
    }
  }
}

/** Replaces the process's store (tests). */
export function setLimitStore(next: LimitStore | undefined): void {
  globalForLimits.onekindLimitStore = next;
}
