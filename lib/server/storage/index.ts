import 'server-only';
import { readEnv, type StorageEnv } from '../env';
import { diskStorage } from './disk';
import { lazyStorage } from './lazy';
import type { ObjectStorage } from './types';

export type { ObjectRead, ObjectStorage, StoredObject } from './types';

// The shop's one store, chosen by the environment: the local disk under DATA_DIR/objects by
// default, or an S3-compatible bucket when STORAGE_URL=s3://bucket/prefix.

const globalForStorage = globalThis as unknown as { onekindStorage?: ObjectStorage };

/** The configured object store of this process. */
export function storage(): ObjectStorage {
  return (globalForStorage.onekindStorage ??= storageFor(readEnv().storage));
}

/** The store a configuration names. */
export function storageFor(config: StorageEnv): ObjectStorage {
  switch (config.kind) {
    case 'disk':
      return diskStorage(config.root);
    case 's3':
      return lazyStorage(async () => (await import('./s3')).s3Storage(config));
  }
}

/** Replaces the process's store (tests). */
export function setStorage(next: ObjectStorage | undefined): void {
  globalForStorage.onekindStorage = next;
}
