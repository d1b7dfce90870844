// Who sent a request, decided once at the edge of the app. The app sees the client address in
// CLIENT_ADDRESS_HEADER, always written here, and forwarding headers only from trusted proxies.
import type { IncomingMessage } from 'node:http';
import { clientAddressOf, parseIp, inRange, type IpRange } from '@/lib/net/ip';
import { CLIENT_ADDRESS_HEADER } from '@/lib/server/http/client-header';

/** Headers only a proxy may set: from anyone else they are the client's inventions. */
const FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
];

/**
 * Rewrites a request's headers in place before Next.js sees it: sets the client address
 * (socket, or right-most untrusted X-Forwarded-For hop behind trusted proxies) and drops
 * forwarding headers a client sent directly, so Next.js fills them from the socket and the
 * Host header instead (proxy.ts reads X-Forwarded-Host for its cross-site check).
 */
export function stampClient(req: IncomingMessage, trusted: IpRange[]): string {
  const socketAddress = req.socket.remoteAddress;
  const forwardedFor = req.headers['x-forwarded-for'];
  const address = clientAddressOf({
    socketAddress,
    forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
    trusted,
  });
  const peer = parseIp(socketAddress ?? '');
  const fromProxy = peer !== null && trusted.some((range) => inRange(peer, range));
  if (!fromProxy) for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}
