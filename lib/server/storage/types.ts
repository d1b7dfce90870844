// The storage seam: one small interface for every file the shop keeps (shoppers' uploads,
// brands' models, fonts and clipart, production files). The embedded default is the local
// disk (disk.ts); an S3-compatible store plugs in behind the same interface.
import type { Readable } from 'node:stream';

/** What the store knows about an object. */
export type StoredObject = { key: string; byteSize: number; contentType: string };

/** An object's bytes as a stream, with what is known about it. */
export type ObjectRead = StoredObject & { body: Readable };

export interface ObjectStorage {
  /** Writes `body` under `key`, whole or not at all: readers never see a partial object. */
  put(key: string, body: Readable | Uint8Array, meta: { contentType: string }): Promise<StoredObject>;
  /** A stream of the object, or null when there is none under `key`. */
  get(key: string): Promise<ObjectRead | null>;
  /** What is stored under `key`, without reading it, or null. */
  head(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix`. */
  list(prefix: string): AsyncIterable<StoredObject>;
  /** Throws when the store cannot be reached (for readiness checks). */
  ping(): Promise<void>;
}

/** Keys are paths of lower-case letters, digits, dots, dashes and underscores: never `..` or absolute. */
export function assertKey(key: string): void {
  if (
    !/^[a-z0-9_-][a-z0-9._-]*(\/[a-z0-9_-][a-z0-9._-]*)*$/i.test(key) ||
    key.split('/').some((part) => part === '..' || part === '.')
  )
    throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}
