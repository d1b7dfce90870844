import 'server-only';
import { createHash } from 'node:crypto';
import { modelKey } from '../../kinds/model/url';
import { storage, type ObjectRead, type ObjectStorage } from '../storage';

// Brands' models, content-addressed in the shop's object store under models/<sha256>.glb: the
// same bytes are stored once, never change, and are served for ever under their hash.

export const GLB_CONTENT_TYPE = 'model/gltf-binary';
const SHA256 = /^[0-9a-f]{64}$/;

/** The sha256 of bytes, in lower-case hex. */
export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Stores a GLB under its hash (a no-op when it is there already) and names it. */
export async function putModel(
  bytes: Uint8Array,
  store: ObjectStorage = storage(),
): Promise<{ sha256: string; bytes: number }> {
  const sha256 = sha256Of(bytes);
  const key = modelKey(sha256);
  const existing = await store.head(key);
  if (existing?.byteSize !== bytes.byteLength) await store.put(key, bytes, { contentType: GLB_CONTENT_TYPE });
  return { sha256, bytes: bytes.byteLength };
}

/** The stored GLB named by `sha256` as a stream, or null when there is none (or the name is not a hash). */
export async function getModel(sha256: string, store: ObjectStorage = storage()): Promise<ObjectRead | null> {
  if (!SHA256.test(sha256)) return null;
  return store.get(modelKey(sha256));
}
