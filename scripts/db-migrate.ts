// npm run db:migrate — applies the checked-in migrations to DATABASE_URL (SQLite or PostgreSQL).
import { migrate } from '@/lib/server/db/migrate';
import { readEnv } from '@/lib/server/env';

const { databaseUrl } = readEnv();
const applied = await migrate(databaseUrl);
console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.');
