// npm run db:sync-schema [-- --check] — writes (or checks) prisma/postgres/schema.prisma.
import fs from 'node:fs';
import { postgresSchemaFrom, SCHEMA_PATHS } from '@/lib/server/db/schema-files';

const expected = postgresSchemaFrom(fs.readFileSync(SCHEMA_PATHS.sqlite, 'utf8'));
const current = fs.existsSync(SCHEMA_PATHS.postgresql) ? fs.readFileSync(SCHEMA_PATHS.postgresql, 'utf8') : '';
if (process.argv.includes('--check')) {
  if (current !== expected) {
    console.error(`${SCHEMA_PATHS.postgresql} is out of date: run npm run db:sync-schema`);
    process.exit(1);
  }
  console.log('PostgreSQL schema is in step.');
} else {
  fs.writeFileSync(SCHEMA_PATHS.postgresql, expected);
  console.log(`Wrote ${SCHEMA_PATHS.postgresql}`);
}
