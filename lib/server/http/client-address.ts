import 'server-only';
import { headers } from 'next/headers';
import { throttleKey } from '../../net/ip';
import { logger } from '../ops/logger';
import { CLIENT_ADDRESS_HEADER, servedByCustomServer } from './client-header';

// The one place the app learns who is asking. Route code cannot see the socket, and Next.js
// keeps an X-Forwarded-For the client sent, so the custom server works the address out from
// the socket and TRUSTED_PROXIES (lib/net/ip.ts) and passes it in CLIENT_ADDRESS_HEADER.

let warned = false;

/** The client's address (the socket's, or the right-most untrusted hop behind trusted proxies). */
export async function clientAddress(): Promise<string> {
  if (!servedByCustomServer()) {
    // `next dev` or a bare `next start`: nothing here is the client's own, so every client
    // shares one allowance (throttles hold, if tighter) rather than one per forged header.
    if (!warned)
      logger().warn(
        'Not served by scripts/serve.ts: client addresses are unknown, so per-address limits count every client together. Serve with `npm start` or `npm run serve`.',
      );
    warned = true;
    return 'unknown';
  }
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
}

/** What per-address throttles count the client under (an IPv6 client by its /64). */
export async function clientKey(): Promise<string> {
  return throttleKey(await clientAddress());
}
