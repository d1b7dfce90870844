import { describe, expect, it } from 'vitest';
import { formatRange } from '../net/ip';
import { readEnv } from './env';

describe('the environment', () => {
  it('gives the public URL from PUBLIC_URL, else from PORT, so every printed link points where the shop is', () => {
    expect(readEnv({}).publicUrl).toBe('http://localhost:3000');
    expect(readEnv({ PORT: '4123' })).toMatchObject({ port: 4123, publicUrl: 'http://localhost:4123' });
    expect(readEnv({ PORT: '4123', PUBLIC_URL: 'https://shop.example/' }).publicUrl).toBe(
      'https://shop.example',
    );
    expect(() => readEnv({ PORT: 'eighty' })).toThrow('PORT must be a port number');
  });

  it('reads TRUSTED_PROXIES as addresses and ranges, and refuses what is neither', () => {
    expect(readEnv({}).trustedProxies).toEqual([]);
    expect(
      readEnv({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8, ::1' }).trustedProxies.map(formatRange),
    ).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(() => readEnv({ TRUSTED_PROXIES: '127.0.0.1,my-proxy' })).toThrow(
      'TRUSTED_PROXIES: not an IP address or CIDR range: "my-proxy"',
    );
  });

  it('keeps files on the disk under DATA_DIR by default, and in a bucket with STORAGE_URL', () => {
    expect(readEnv({ DATA_DIR: '/srv/onekind' }).storage).toEqual({
      kind: 'disk',
      root: '/srv/onekind/objects',
    });
    expect(
      readEnv({
        STORAGE_URL: 's3://shop-files/prod/eu',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        AWS_ACCESS_KEY_ID: 'id',
        AWS_SECRET_ACCESS_KEY: 'secret',
      }).storage,
    ).toEqual({
      kind: 's3',
      bucket: 'shop-files',
      prefix: 'prod/eu',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      forcePathStyle: true,
    });
    // On AWS itself: the SDK's own credentials, virtual-host addressing.
    expect(readEnv({ STORAGE_URL: 's3://shop-files', S3_REGION: 'eu-west-1' }).storage).toMatchObject({
      prefix: '',
      region: 'eu-west-1',
      credentials: undefined,
      forcePathStyle: false,
    });
    expect(() => readEnv({ STORAGE_URL: 'https://bucket' })).toThrow('STORAGE_URL must be s3://bucket');
    expect(() => readEnv({ STORAGE_URL: 's3://bucket/../x' })).toThrow('STORAGE_URL must be s3://bucket');
    expect(() => readEnv({ STORAGE_URL: 's3://bucket', AWS_ACCESS_KEY_ID: 'id' })).toThrow(
      'AWS_SECRET_ACCESS_KEY',
    );
  });

  it('counts throttles in the database by default, in Redis with REDIS_URL, or in memory when asked', () => {
    expect(readEnv({}).limits).toEqual({ store: 'database' });
    expect(readEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }).limits).toEqual({
      store: 'redis',
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(readEnv({ REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_STORE: 'memory' }).limits).toEqual({
      store: 'memory',
    });
    expect(() => readEnv({ RATE_LIMIT_STORE: 'redis' })).toThrow('RATE_LIMIT_STORE=redis needs REDIS_URL');
    expect(() => readEnv({ REDIS_URL: 'localhost:6379' })).toThrow('REDIS_URL must be redis://');
  });
});
