import 'server-only';

// How the custom server (scripts/server) hands the app the client's address: in a header it
// sets on every request, replacing any copy the client sent. The header can be believed only
// when that server handled the request, so the server also marks the process it runs in;
// under `next dev` or a bare `next start` the mark is missing and the header is ignored.

/** The request header holding the client address the server worked out. */
export const CLIENT_ADDRESS_HEADER = 'x-onekind-client-address';

const MARK = Symbol.for('onekind.custom-server');
const global = globalThis as { [MARK]?: true };

/** Called once by the custom server: from now on every request carries CLIENT_ADDRESS_HEADER. */
export function markCustomServer(): void {
  global[MARK] = true;
}

/** True when this process serves requests through the custom server. */
export function servedByCustomServer(): boolean {
  return global[MARK] === true;
}
