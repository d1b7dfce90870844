// npm run db:seed — publishes the seed catalogue (idempotent; edits become new versions).
import { createDb } from '@/lib/server/db/client';
import { seed } from '@/lib/server/db/seed';
import { readEnv } from '@/lib/server/env';

const conn = createDb(readEnv().databaseUrl);
try {
  for (const r of await seed(conn)) console.log(`${r.slug}: v${r.version}${r.created ? ' published' : ' (unchanged)'}`);
} finally {
  await conn.$disconnect();
}
