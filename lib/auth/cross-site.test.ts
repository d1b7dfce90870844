import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite, type RequestFacts } from './cross-site';

const base: RequestFacts = { method: 'POST', origin: 'http://shop.test:3000', secFetchSite: 'same-origin', host: 'shop.test:3000', forwardedHost: null };

describe('isCrossSiteWrite', () => {
  it('lets reads through, wherever they come from', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) expect(isCrossSiteWrite({ ...base, method, origin: 'http://evil.example', secFetchSite: 'cross-site' })).toBe(false);
  });

  it('accepts writes from our own pages', () => {
    expect(isCrossSiteWrite(base)).toBe(false);
    expect(isCrossSiteWrite({ ...base, method: 'DELETE' })).toBe(false);
  });

  it('refuses writes whose Origin is another site, a sibling port or "null"', () => {
    for (const origin of ['http://evil.example', 'http://shop.test:3001', 'https://sub.shop.test:3000', 'null', 'not a url']) {
      expect(isCrossSiteWrite({ ...base, origin }), origin).toBe(true);
    }
  });

  it('accepts the host a proxy forwarded, or the public URL', () => {
    const proxied = { ...base, host: '127.0.0.1:3000', origin: 'https://shop.example' };
    expect(isCrossSiteWrite(proxied)).toBe(true);
    expect(isCrossSiteWrite({ ...proxied, forwardedHost: 'shop.example' })).toBe(false);
    expect(isCrossSiteWrite({ ...proxied, publicUrl: 'https://shop.example' })).toBe(false);
  });

  it('falls back to Sec-Fetch-Site when there is no Origin', () => {
    const noOrigin = { ...base, origin: null };
    expect(isCrossSiteWrite({ ...noOrigin, secFetchSite: 'cross-site' })).toBe(true);
    expect(isCrossSiteWrite({ ...noOrigin, secFetchSite: 'same-site' })).toBe(true);
    expect(isCrossSiteWrite({ ...noOrigin, secFetchSite: 'same-origin' })).toBe(false);
    expect(isCrossSiteWrite({ ...noOrigin, secFetchSite: 'none' })).toBe(false);
  });

  it('lets clients that are not browsers through: they hold no one else’s cookies', () => {
    expect(isCrossSiteWrite({ ...base, origin: null, secFetchSite: null })).toBe(false);
  });
});
