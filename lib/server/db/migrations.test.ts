import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../testing/databases';
import { Prisma } from './generated/sqlite';
import { migrationsDir, readMigrations } from './migrate';
import { postgresSchemaFrom, SCHEMA_PATHS } from './schema-files';

const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('schemas and migrations stay in step', () => {
  it('derives the PostgreSQL schema from the SQLite one (run npm run db:sync-schema if this fails)', () => {
    expect(read(SCHEMA_PATHS.postgresql)).toBe(postgresSchemaFrom(read(SCHEMA_PATHS.sqlite)));
  });

  it('has a migration for every schema change (run npm run db:new-migration -- <name> if this fails)', () => {
    expect(read(SCHEMA_PATHS.snapshot)).toBe(read(SCHEMA_PATHS.sqlite));
  });

  it('has the same migrations for both databases', () => {
    const names = (provider: 'sqlite' | 'postgresql') => readMigrations(migrationsDir(provider)).map((m) => m.name);
    expect(names('postgresql')).toEqual(names('sqlite'));
  });
});

const kinds = await testDatabases();

describe.each(kinds)('migrated $name database matches the Prisma models', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    if (kind.available) t = await kind.create();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it.skipIf(!kind.available)('has exactly the columns of every model', async () => {
    for (const model of Prisma.dmmf.datamodel.models) {
      const expected = model.fields.filter((f) => f.kind !== 'object').map((f) => f.name).sort();
      const rows =
        kind.name === 'SQLite'
          ? await t.db.$queryRawUnsafe<Array<{ name: string }>>(`SELECT name FROM pragma_table_info('${model.name}')`)
          : await t.db.$queryRawUnsafe<Array<{ name: string }>>(
              `SELECT column_name::text AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${model.name}'`,
            );
      expect(rows.map((r) => r.name).sort(), model.name).toEqual(expected);
    }
  });
});
