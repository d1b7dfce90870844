import 'server-only';
import type { ObjectStorage } from './types';

/**
 * A store whose driver loads on first use: every process imports the storage module, but only
 * one that stores in S3 needs the AWS SDK (some 10-15 MB of memory), so it is not loaded
 * before then.
 */
export function lazyStorage(load: () => Promise<ObjectStorage>): ObjectStorage {
  let loaded: Promise<ObjectStorage> | undefined;
  const store = () => (loaded ??= load());
  return {
    put: async (key, body, meta) => (await store()).put(key, body, meta),
    get: async (key) => (await store()).get(key),
    head: async (key) => (await store()).head(key),
    delete: async (key) => (await store()).delete(key),
    async *list(prefix) {
      yield* (await store()).list(prefix);
    },
    ping: async () => (await store()).ping(),
  };
}
