import 'server-only';
import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import type { ObjectStorage } from './types';

// The behaviour every storage driver must have; each driver's test runs it.

async function text(storage: ObjectStorage, key: string): Promise<string | null> {
  const read = await storage.get(key);
  if (!read) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of read.body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** Registers the contract's tests against the store `make()` gives. */
export function storageContract(make: () => ObjectStorage): void {
  it('stores bytes and streams them back with their type and size', async () => {
    const storage = make();
    const stored = await storage.put('uploads/abc.txt', new TextEncoder().encode('hello'), {
      contentType: 'text/plain',
    });
    expect(stored).toEqual({ key: 'uploads/abc.txt', byteSize: 5, contentType: 'text/plain' });
    expect(await storage.head('uploads/abc.txt')).toEqual(stored);
    expect(await text(storage, 'uploads/abc.txt')).toBe('hello');
  });

  it('stores a stream without knowing its length first', async () => {
    const storage = make();
    const parts = Array.from({ length: 40 }, (_, i) => Buffer.alloc(256 * 1024, i));
    await storage.put('production/big.bin', Readable.from(parts), {
      contentType: 'application/octet-stream',
    });
    expect((await storage.head('production/big.bin'))?.byteSize).toBe(40 * 256 * 1024);
  });

  it('answers null for what is not there, and deletes idempotently', async () => {
    const storage = make();
    expect(await storage.get('uploads/missing')).toBeNull();
    expect(await storage.head('uploads/missing')).toBeNull();
    await storage.put('uploads/gone', new Uint8Array([1]), { contentType: 'application/octet-stream' });
    await storage.delete('uploads/gone');
    await storage.delete('uploads/gone');
    expect(await storage.head('uploads/gone')).toBeNull();
  });

  it('overwrites an object whole', async () => {
    const storage = make();
    await storage.put('models/a.glb', new TextEncoder().encode('first version'), {
      contentType: 'model/gltf-binary',
    });
    await storage.put('models/a.glb', new TextEncoder().encode('second'), {
      contentType: 'model/gltf-binary',
    });
    expect(await text(storage, 'models/a.glb')).toBe('second');
  });

  it('lists by prefix', async () => {
    const storage = make();
    for (const key of ['fonts/a.ttf', 'fonts/b.ttf', 'clipart/c.svg'])
      await storage.put(key, new Uint8Array([1, 2]), { contentType: 'application/octet-stream' });
    const keys: string[] = [];
    for await (const o of storage.list('fonts/')) keys.push(o.key);
    expect(keys.sort()).toEqual(['fonts/a.ttf', 'fonts/b.ttf']);
  });

  it('refuses keys that could leave the store', async () => {
    const storage = make();
    for (const key of ['../etc/passwd', '/abs', 'a/../../b', 'a//b', '']) {
      await expect(storage.put(key, new Uint8Array([1]), { contentType: 'text/plain' })).rejects.toThrow(
        /Not a storage key/,
      );
    }
  });

  it('answers ping when reachable', async () => {
    await expect(make().ping()).resolves.toBeUndefined();
  });
}
