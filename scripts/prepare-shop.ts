// Run by `npm start` in a process of its own before it serves: migrates and seeds the database
// and moves an old uploads folder into the object store. Seeding loads the model and image
// libraries (glTF, meshoptimizer, sharp), which the serving process would otherwise keep in
// memory for its whole life.
import { createDb } from '@/lib/server/db/client';
import { migrate } from '@/lib/server/db/migrate';
import { seed } from '@/lib/server/db/seed';
import { readEnv } from '@/lib/server/env';
import { importLegacyUploads } from '@/lib/server/legacy-uploads';
import { storage } from '@/lib/server/storage';

const env = readEnv();
const applied = await migrate(env.databaseUrl);
console.log(applied.length ? `Database: applied ${applied.join(', ')}` : 'Database: up to date');
const conn = createDb(env.databaseUrl);
try {
  const seeded = await seed(conn);
  console.log(`Catalogue: ${seeded.map((s) => `${s.slug} v${s.version}`).join(', ')}`);
} finally {
  await conn.$disconnect();
}
const imported = await importLegacyUploads(env.dataDir, storage());
if (imported)
  console.log(`Storage: moved ${imported} files from ${env.dataDir}/uploads into the object store`);
