import 'server-only';
import path from 'node:path';
import { readEnv } from '../env';
import { diskStorage } from './disk';
import type { ObjectStorage } from './types';

export type { ObjectRead, ObjectStorage, StoredObject } from './types';

// The shop's one store, chosen by the environment: the local disk under DATA_DIR/objects by
// default. (An S3-compatible store joins here, chosen by STORAGE_URL.)

const globalForStorage = globalThis as unknown as { onekindStorage?: ObjectStorage };

/** The configured object store of this process. */
export function storage(): ObjectStorage {
  return (globalForStorage.onekindStorage ??= diskStorage(path.join(readEnv().dataDir, 'objects')));
}

/** Replaces the process's store (tests). */
export function setStorage(next: ObjectStorage | undefined): void {
  globalForStorage.onekindStorage = next;
}
