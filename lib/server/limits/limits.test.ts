import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../testing/databases';
import { limitStoreContract } from './contract';
import { databaseLimitStore } from './database';
import { limitStoreFor } from '.';
import { memoryLimitStore } from './memory';
import { redisClient, redisLimitStore } from './redis';
import type { LimitStore } from './types';

// The same contract against each store: in memory, both databases, and the Redis server on
// this machine (REDIS_URL or redis://127.0.0.1:6379; outside CI skipped when none answers).

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Each test its own keys, as each would have fresh buckets. */
function fresh(store: LimitStore): LimitStore {
  const prefix = `test-${randomUUID()}:`;
  return {
    take: (key, ...rest) => store.take(prefix + key, ...rest),
    refund: (key, l) => store.refund(prefix + key, l),
    ping: () => store.ping(),
  };
}

async function redisReachable(): Promise<boolean> {
  const probe = redisClient(REDIS_URL);
  probe.on('error', () => undefined);
  try {
    await probe.ping();
    return true;
  } catch (error) {
    if (process.env.CI)
      throw new Error(`Redis tests must run in CI but ${REDIS_URL} is unreachable`, { cause: error });
    console.warn(`Redis at ${REDIS_URL} is unreachable: skipping its tests (set TEST_REDIS_URL).`);
    return false;
  } finally {
    probe.disconnect();
  }
}

describe('limits in memory', () => {
  limitStoreContract(() => fresh(memoryLimitStore()));
});

for (const kind of await testDatabases()) {
  describe.skipIf(!kind.available)(`limits in the database on ${kind.name}`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await kind.create();
    });
    afterAll(() => t?.drop());
    limitStoreContract(() => fresh(databaseLimitStore(t.db)));

    it('forgets buckets once they are full again', async () => {
      const store = databaseLimitStore(t.db);
      const limit = { perMinute: 60, burst: 2 };
      const key = `sweep-${randomUUID()}`;
      await store.take(key, limit, 10_000);
      const rows = () => t.db.rateLimitBucket.count({ where: { key } });
      expect(await rows()).toBe(1);
      // Full again after 2 s; the next sweep, a minute on, removes it.
      await store.take('another', limit, 70_000);
      expect(await rows()).toBe(0);
    });
  });
}

describe.skipIf(!(await redisReachable()))('limits in Redis', () => {
  let client: Redis;
  beforeAll(() => {
    client = redisClient(REDIS_URL);
  });
  afterAll(() => client.quit());
  limitStoreContract(() => fresh(redisLimitStore(client)));

  it('is what REDIS_URL chooses, its client loaded on first use, and two processes share its buckets', async () => {
    // Two stores as two processes would make them; their clients end with the test run.
    const [a, b] = [0, 1].map(() => limitStoreFor({ store: 'redis', redisUrl: REDIS_URL }));
    const key = `shared-${randomUUID()}`;
    const limit = { perMinute: 1, burst: 1 };
    await a!.ping();
    expect(await a!.take(key, limit, 1000)).toBe(true);
    expect(await b!.take(key, limit, 1000)).toBe(false);
  });
});
