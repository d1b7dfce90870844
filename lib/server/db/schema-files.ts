import 'server-only';
import path from 'node:path';

// prisma/schema.prisma (SQLite) is the one schema we edit. The PostgreSQL schema is derived
// from it, because Prisma needs one schema file per provider to generate each client.

export const SCHEMA_PATHS = {
  sqlite: path.join('prisma', 'schema.prisma'),
  postgresql: path.join('prisma', 'postgres', 'schema.prisma'),
  /** The SQLite schema as it was when the latest migration was written. */
  snapshot: path.join('prisma', 'migrations', 'schema-snapshot.prisma'),
};

const HEADER = '// GENERATED from prisma/schema.prisma by `npm run db:sync-schema`; edit that file instead.\n';

/** The PostgreSQL twin of the SQLite schema: same models, other provider, URL and client output. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace('output          = "../lib/server/db/generated/sqlite"', 'output          = "../../lib/server/db/generated/postgres"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:./dev.db"', 'url      = "postgresql://127.0.0.1:5432/onekind"');
  if (replaced.split('\n').length !== sqliteSchema.split('\n').length || !replaced.includes('"postgresql"') || !replaced.includes('generated/postgres')) {
    throw new Error('prisma/schema.prisma no longer has the generator/datasource lines db:sync-schema rewrites');
  }
  return HEADER + replaced;
}
