// Refusing cross-site writes to the staff areas. A signed-in admin's browser sends the session
// cookie with a form another site submits to us (SameSite=Lax still allows top-level POSTs in
// some browsers' grace periods, and same-site subdomains get it anyway), so every state-changing
// request must come from one of our own pages. Browsers say where a request comes from in
// Origin, and in Sec-Fetch-Site; scripts cannot forge either.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type RequestFacts = {
  method: string;
  /** The Origin header, if any ("null" for sandboxed frames and some redirects). */
  origin: string | null;
  secFetchSite: string | null;
  /** Host and X-Forwarded-Host headers: the host this request was sent to. */
  host: string | null;
  forwardedHost: string | null;
  /** The shop's public URL (PUBLIC_URL), also accepted as our origin behind a proxy. */
  publicUrl?: string;
};

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * True when a request changes something and a browser says it comes from another site.
 * Requests without either header (curl, server-to-server) carry no browser's cookies and pass.
 */
export function isCrossSiteWrite(r: RequestFacts): boolean {
  if (SAFE_METHODS.has(r.method.toUpperCase())) return false;
  if (r.origin !== null) {
    const from = r.origin === 'null' ? null : hostOf(r.origin);
    if (!from) return true;
    const ours = [r.forwardedHost?.split(',')[0]?.trim(), r.host, r.publicUrl ? hostOf(r.publicUrl) : null];
    return !ours.some((host) => host && host.toLowerCase() === from.toLowerCase());
  }
  if (r.secFetchSite !== null) return r.secFetchSite !== 'same-origin' && r.secFetchSite !== 'none';
  return false;
}
