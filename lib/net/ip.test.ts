import { describe, expect, it } from 'vitest';
import {
  clientAddressOf,
  formatIp,
  inRange,
  parseHop,
  parseIp,
  parseRange,
  parseRanges,
  throttleKey,
} from './ip';

const fmt = (text: string) => {
  const ip = parseIp(text);
  return ip && formatIp(ip);
};

describe('IP addresses', () => {
  it('parses IPv4 and refuses what is not one', () => {
    expect(fmt('203.0.113.7')).toBe('203.0.113.7');
    for (const bad of [
      '203.0.113',
      '203.0.113.256',
      '203.0.113.07',
      '1.2.3.4.5',
      '',
      'localhost',
      '203.0.113.7:80',
    ])
      expect(fmt(bad), bad).toBeNull();
  });

  it('parses IPv6 in every shorthand and writes it the RFC 5952 way', () => {
    expect(fmt('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(fmt('2001:db8::1')).toBe('2001:db8::1');
    expect(fmt('::1')).toBe('::1');
    expect(fmt('::')).toBe('::');
    expect(fmt('fe80::1%eth0')).toBe('fe80::1');
    expect(fmt('2001:db8:0:1:0:0:0:1')).toBe('2001:db8:0:1::1');
    expect(fmt('2001:0:0:1:0:0:0:1')).toBe('2001:0:0:1::1');
    expect(fmt('1:2:3:4:5:6:7:8')).toBe('1:2:3:4:5:6:7:8');
    expect(fmt('64:ff9b::192.0.2.33')).toBe('64:ff9b::c000:221');
    for (const bad of [
      '1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      '12345::1',
      ':1::',
      '1:::2',
      '1.2.3.4::',
      'g::1',
      '::1.2.3',
    ])
      expect(fmt(bad), bad).toBeNull();
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address it maps', () => {
    expect(fmt('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(fmt('::FFFF:7f00:1')).toBe('127.0.0.1');
    expect(parseIp('::ffff:10.1.2.3')?.version).toBe(4);
  });

  it('reads forwarded hops with ports and brackets', () => {
    expect(formatIp(parseHop(' 203.0.113.7:4711 ')!)).toBe('203.0.113.7');
    expect(formatIp(parseHop('[2001:db8::1]:443')!)).toBe('2001:db8::1');
    expect(formatIp(parseHop('[::ffff:198.51.100.1]')!)).toBe('198.51.100.1');
    expect(parseHop('unknown')).toBeNull();
    expect(parseHop('_hidden')).toBeNull();
  });
});

describe('ranges', () => {
  const within = (address: string, range: string) => inRange(parseIp(address)!, parseRange(range)!);

  it('matches CIDR ranges of both versions, and single addresses', () => {
    expect(within('10.200.3.4', '10.0.0.0/8')).toBe(true);
    expect(within('11.0.0.1', '10.0.0.0/8')).toBe(false);
    expect(within('192.168.1.130', '192.168.1.128/25')).toBe(true);
    expect(within('192.168.1.127', '192.168.1.128/25')).toBe(false);
    expect(within('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(within('127.0.0.2', '127.0.0.1')).toBe(false);
    expect(within('203.0.113.9', '0.0.0.0/0')).toBe(true);
    expect(within('fd12:3456::1', 'fd00::/8')).toBe(true);
    expect(within('fe12::1', 'fd00::/8')).toBe(false);
    expect(within('::1', '::1/128')).toBe(true);
    expect(within('2001:db8::1', '::/0')).toBe(true);
  });

  it('never lets IPv4 and IPv6 match each other, except the mapped form, which is IPv4', () => {
    expect(within('::1', '127.0.0.1')).toBe(false);
    expect(within('127.0.0.1', '::1')).toBe(false);
    expect(within('::ffff:127.0.0.1', '127.0.0.1')).toBe(true);
    expect(within('127.0.0.1', '::ffff:127.0.0.0/104')).toBe(true);
    expect(within('10.0.0.1', '0.0.0.0/0')).toBe(true);
    expect(within('2001:db8::1', '0.0.0.0/0')).toBe(false);
  });

  it('parses a TRUSTED_PROXIES list and names every bad entry', () => {
    expect(parseRanges('127.0.0.1, 10.0.0.0/8,::1  fd00::/8')).toHaveLength(4);
    expect(parseRanges('')).toEqual([]);
    expect(() => parseRanges('127.0.0.1,10.0.0.0/33,proxy.local,::ffff:1.2.3.4/64')).toThrow(
      'not an IP address or CIDR range: "10.0.0.0/33", "proxy.local", "::ffff:1.2.3.4/64"',
    );
  });
});

describe('the client address of a request', () => {
  const trusted = parseRanges('127.0.0.1, 10.0.0.0/8, ::1');

  it('is the socket address when no proxy is trusted, whatever the headers say', () => {
    expect(clientAddressOf({ socketAddress: '198.51.100.7', forwardedFor: '203.0.113.1', trusted: [] })).toBe(
      '198.51.100.7',
    );
    expect(
      clientAddressOf({ socketAddress: '::ffff:127.0.0.1', forwardedFor: '203.0.113.1', trusted: [] }),
    ).toBe('127.0.0.1');
    // A client connecting directly, though TRUSTED_PROXIES is set, is not a proxy.
    expect(clientAddressOf({ socketAddress: '198.51.100.7', forwardedFor: '203.0.113.1', trusted })).toBe(
      '198.51.100.7',
    );
  });

  it('behind trusted proxies is the right-most hop that is not one of them', () => {
    expect(clientAddressOf({ socketAddress: '127.0.0.1', forwardedFor: '203.0.113.1', trusted })).toBe(
      '203.0.113.1',
    );
    expect(clientAddressOf({ socketAddress: '::ffff:127.0.0.1', forwardedFor: '203.0.113.1', trusted })).toBe(
      '203.0.113.1',
    );
    // The client put its own entries in front: they are never read.
    expect(
      clientAddressOf({
        socketAddress: '127.0.0.1',
        forwardedFor: '1.1.1.1, 2.2.2.2, 203.0.113.1, 10.0.0.5',
        trusted,
      }),
    ).toBe('203.0.113.1');
    expect(
      clientAddressOf({ socketAddress: '::1', forwardedFor: '[2001:db8::7]:443,10.1.1.1:80', trusted }),
    ).toBe('2001:db8::7');
  });

  it('is the trusted peer itself when it forwards nothing, and the left-most hop when every hop is trusted', () => {
    expect(clientAddressOf({ socketAddress: '127.0.0.1', forwardedFor: undefined, trusted })).toBe(
      '127.0.0.1',
    );
    expect(clientAddressOf({ socketAddress: '127.0.0.1', forwardedFor: ' , ', trusted })).toBe('127.0.0.1');
    expect(clientAddressOf({ socketAddress: '127.0.0.1', forwardedFor: '10.0.0.9, 10.0.0.8', trusted })).toBe(
      '10.0.0.9',
    );
  });

  it('keeps a hop a trusted proxy wrote that is no address apart from real addresses', () => {
    expect(
      clientAddressOf({ socketAddress: '127.0.0.1', forwardedFor: '203.0.113.1, unknown', trusted }),
    ).toBe('unparsed:unknown');
    expect(clientAddressOf({ socketAddress: undefined, forwardedFor: '203.0.113.1', trusted })).toBe(
      'unknown',
    );
  });
});

describe('throttle keys', () => {
  it('count an IPv4 address alone and an IPv6 address by its /64', () => {
    expect(throttleKey('203.0.113.1')).toBe('203.0.113.1');
    expect(throttleKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('unknown')).toBe('unknown');
  });
});
