import { S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type TestS3Server } from '../testing/s3-server';
import { storageFor } from '.';
import { s3Storage } from './s3';
import { storageContract } from './storage-contract';

// Against s3rver, a real S3-protocol server on localhost: requests are signed, sent over
// HTTP and answered as S3 answers them.

let server: TestS3Server;
beforeAll(async () => {
  server = await startS3Server();
});
afterAll(() => server.stop());

describe('S3 storage', () => {
  // Each test its own prefix, as each disk test has its own folder.
  storageContract(() => s3Storage(server.config(`t-${randomUUID()}`)));

  it('keeps every key under its prefix, and lists without the prefix', async () => {
    const a = s3Storage(server.config('shop-a'));
    const b = s3Storage(server.config('shop-b'));
    await a.put('fonts/x.ttf', new Uint8Array([1]), { contentType: 'font/ttf' });
    expect(await b.head('fonts/x.ttf')).toBeNull();
    const keys: string[] = [];
    for await (const o of a.list('fonts/')) keys.push(o.key);
    expect(keys).toEqual(['fonts/x.ttf']);
  });

  it('fails ping when the bucket is not there, and when the server is not', async () => {
    await expect(s3Storage({ ...server.config(), bucket: 'no-such-bucket' }).ping()).rejects.toThrow();
    const unreachable = { ...server.config(), endpoint: 'http://127.0.0.1:9' };
    await expect(
      s3Storage(unreachable, new S3Client({ ...unreachable, maxAttempts: 1 })).ping(),
    ).rejects.toThrow();
  });
});

describe('S3 storage as the environment chooses it (the SDK loaded on first use)', () => {
  storageContract(() => storageFor({ kind: 's3', ...server.config(`env-${randomUUID()}`) }));
});
