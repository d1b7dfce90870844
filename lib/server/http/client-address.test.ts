import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { clientAddress, clientKey } from './client-address';
import { CLIENT_ADDRESS_HEADER, markCustomServer } from './client-header';
import { setLogger } from '../ops/logger';

// What the app believes about the client, with next/headers standing in for the request.
let sent: Record<string, string> = {};
vi.mock('next/headers', () => ({ headers: () => Promise.resolve(new Headers(sent)) }));

describe('clientAddress', () => {
  it('ignores the header unless the custom server handles requests (next dev, a bare next start)', async () => {
    sent = { [CLIENT_ADDRESS_HEADER]: '203.0.113.9', 'x-forwarded-for': '203.0.113.9' };
    const lines: string[] = [];
    setLogger(pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }));
    expect(await clientAddress()).toBe('unknown');
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 40,
      msg: expect.stringMatching(/^Not served by/) as string,
    });
    setLogger(undefined);
  });

  it('reads the address the custom server stamped, and counts an IPv6 client by its /64', async () => {
    markCustomServer();
    sent = { [CLIENT_ADDRESS_HEADER]: '203.0.113.9', 'x-forwarded-for': '198.51.100.1' };
    expect(await clientAddress()).toBe('203.0.113.9');
    expect(await clientKey()).toBe('203.0.113.9');
    sent = { [CLIENT_ADDRESS_HEADER]: '2001:db8:1:2:3:4:5:6' };
    expect(await clientKey()).toBe('2001:db8:1:2::/64');
  });
});
