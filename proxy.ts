import { NextResponse, type NextRequest } from 'next/server';
import { isCrossSiteWrite } from '@/lib/auth/cross-site';
import { frameAncestorsPolicy } from '@/lib/embed/origins';
import { listEmbedOrigins } from '@/lib/server/embed/origins';
import { readEnv } from '@/lib/server/env';

// Runs before the staff areas and every server action: a write that a browser says comes
// from another site is refused with 403 before any page, action or handler sees it. Next.js
// checks server actions' Origin too; this also covers route handlers, and does not depend on it.
// Shopper routes (the order API is meant for other sites' servers) are not matched.
// X-Forwarded-Host reaches this only from a proxy in TRUSTED_PROXIES: the server drops a
// client's own (scripts/server/forwarded.ts), and Next.js then fills it from Host.

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const h = request.headers;
  const refused = isCrossSiteWrite({
    method: request.method,
    origin: h.get('origin'),
    secFetchSite: h.get('sec-fetch-site'),
    host: h.get('host'),
    forwardedHost: h.get('x-forwarded-host'),
    publicUrl: readEnv().publicUrl,
  });
  if (!refused) return request.nextUrl.pathname.startsWith('/embed/') ? embedPage() : NextResponse.next();
  return new NextResponse('Cross-site request refused.', {
    status: 403,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

// An embed page may be framed only by the sites the brand allowed in the studio (and the shop
// itself); every other site's frame stays blank. Read on each load, so a change holds at once
// in every process.
async function embedPage(): Promise<NextResponse> {
  const response = NextResponse.next();
  response.headers.set('Content-Security-Policy', frameAncestorsPolicy(await listEmbedOrigins()));
  return response;
}

export const config = {
  matcher: [
    '/studio/:path*',
    '/maker/:path*',
    '/api/studio/:path*',
    '/api/maker/:path*',
    '/sign-in',
    '/setup',
    '/invite/:path*',
    '/account',
    '/embed/:path*',
    // A server action can be posted to any path: whichever page it is posted to, check it.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
