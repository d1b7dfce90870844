// Pages of the staff areas and the account forms: never framed by another site (clickjacking),
// and invitation links (a secret in the URL) are not sent on as a Referer.
const STAFF_PAGES = '/:area(studio|maker|sign-in|setup|invite|account)/:rest*';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly database drivers, and the PostgreSQL job queue, stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'graphile-worker'],
  poweredByHeader: false,
  reactStrictMode: true,
  // Never reach out to the network at build or run time.
  images: { unoptimized: true },
  // forbidden(): a signed-in user of the wrong role gets a real 403 page (lib/server/auth/guard.ts).
  experimental: { authInterrupts: true },
  async redirects() {
    // The maker secret's sign-in form became the one staff sign-in.
    return [{ source: '/maker/sign-in', destination: '/sign-in?next=/maker', permanent: false }];
  },
  async headers() {
    return [
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
