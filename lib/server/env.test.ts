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
});
