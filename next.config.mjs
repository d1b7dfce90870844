/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly database drivers stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  // Never reach out to the network at build or run time.
  images: { unoptimized: true },
};

export default nextConfig;
