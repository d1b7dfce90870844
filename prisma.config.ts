// Prisma CLI configuration for the embedded default (SQLite).
// engine "js" runs migrations through the WebAssembly engine and a driver adapter,
// so nothing native is downloaded. PostgreSQL migrations go through scripts/db-migrate.ts.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  // The CLI (prisma studio, migrate status) looks at the same file the app uses by default.
  adapter: () => Promise.resolve(new PrismaBetterSQLite3({ url: process.env.DATABASE_URL?.startsWith('file:') ? process.env.DATABASE_URL : 'file:./data/onekind.db' })),
});
