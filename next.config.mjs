// Pages of the staff areas and the account forms: never framed by another site (clickjacking),
// and invitation links (a secret in the URL) are not sent on as a Referer.
const STAFF_PAGES = '/:area(studio|maker|sign-in|setup|invite|account)/:rest*';
// Shop pages may be framed by the shop itself only. Embed pages (/embed/...) are left out: the
// proxy (proxy.ts) gives them the frame-ancestors the brand allowed in the studio.
const SHOP_PAGES = '/:path((?!embed(?:/|$)|studio|maker|sign-in|setup|invite|account).*)';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly database drivers, the PostgreSQL job queue, and the glTF validator (compiled Dart, loaded on
  // first use), stay outside the server bundle, and so do the operations libraries the custom
  // server shares with the app (one copy of each per process).
  serverExternalPackages: [
    'better-sqlite3',
    'pg',
    '@prisma/adapter-better-sqlite3',
    '@prisma/adapter-pg',
    'gltf-validator',
    '@aws-sdk/client-s3',
    '@aws-sdk/lib-storage',
    'ioredis',
    'pino',
    'prom-client',
    'graphile-worker',
    // The studio's clipart sanitizer and font reader (jsdom is external by Next.js's own list).
    'svgo',
    'dompurify',
    'wawoff2',
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  // Never reach out to the network at build or run time.
  images: { unoptimized: true },
  // forbidden(): a signed-in user of the wrong role gets a real 403 page (lib/server/auth/guard.ts).
  // The proxy (proxy.ts) buffers request bodies of the paths it matches; a brand's 3D model
  // upload to /api/studio/models may be 50 MB (lib/models/upload.ts) plus its form.
  // preloadEntriesOnStart: false loads each route's code on its first request instead of every
  // route at start, so a web process holds only what it serves (the studio's model tools, the
  // print renderer and the maker's downloads stay out of a shop front's memory).
  experimental: { authInterrupts: true, proxyClientMaxBodySize: '51mb', preloadEntriesOnStart: false },
  async redirects() {
    // The maker secret's sign-in form became the one staff sign-in.
    return [{ source: '/maker/sign-in', destination: '/sign-in?next=/maker', permanent: false }];
  },
  async headers() {
    return [
      {
        source: SHOP_PAGES,
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
        ],
      },
      {
        source: STAFF_PAGES,
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
          { key: 'Referrer-Policy', value: 'no-referrer' },
        ],
      },
    ];
  },
};

export default nextConfig;
