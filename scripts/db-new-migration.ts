// npm run db:new-migration -- <name> — writes the SQLite and PostgreSQL migrations for the
// change between the last migrated schema (schema-snapshot.prisma) and prisma/schema.prisma.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postgresSchemaFrom, SCHEMA_PATHS } from '@/lib/server/db/schema-files';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:new-migration -- <name_in_snake_case>');
  process.exit(1);
}

const current = fs.readFileSync(SCHEMA_PATHS.sqlite, 'utf8');
const snapshot = fs.readFileSync(SCHEMA_PATHS.snapshot, 'utf8');
if (current === snapshot) {
  console.log('prisma/schema.prisma has not changed since the last migration.');
  process.exit(0);
}
fs.writeFileSync(SCHEMA_PATHS.postgresql, postgresSchemaFrom(current));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-migration-'));
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const targets = [
  { dir: path.join('prisma', 'migrations'), from: snapshot, to: current },
  { dir: path.join('prisma', 'postgres', 'migrations'), from: postgresSchemaFrom(snapshot), to: postgresSchemaFrom(current) },
];
for (const [i, t] of targets.entries()) {
  const from = path.join(tmp, `from-${i}.prisma`);
  const to = path.join(tmp, `to-${i}.prisma`);
  fs.writeFileSync(from, t.from);
  fs.writeFileSync(to, t.to);
  const sql = execFileSync('npx', ['prisma', 'migrate', 'diff', '--from-schema-datamodel', from, '--to-schema-datamodel', to, '--script'], { encoding: 'utf8' });
  const dir = path.join(t.dir, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  console.log(`Wrote ${dir}/migration.sql`);
}
fs.writeFileSync(SCHEMA_PATHS.snapshot, current);
