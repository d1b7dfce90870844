// Read-only look into a benchmark server's database, SQLite or PostgreSQL, to check what the
// server really wrote.
import Database from 'better-sqlite3';
import pg from 'pg';

/** Runs one query without parameters and returns its rows. */
export async function queryRows<T>(databaseUrl: string, sql: string): Promise<T[]> {
  if (databaseUrl.startsWith('file:')) {
    const db = new Database(databaseUrl.slice('file:'.length), { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

export type StoredOrder = { number: string; key: string; lines: number; events: number; messages: number };

/** Every order with how many lines, status events and outbox messages it has. */
export async function storedOrders(databaseUrl: string): Promise<StoredOrder[]> {
  const rows = await queryRows<Record<string, unknown>>(
    databaseUrl,
    `SELECT o."number" AS number, o."idempotencyKey" AS key,
       (SELECT COUNT(*) FROM "OrderLine" l WHERE l."orderId" = o."id") AS lines,
       (SELECT COUNT(*) FROM "OrderEvent" e WHERE e."orderId" = o."id") AS events,
       (SELECT COUNT(*) FROM "OutboxMessage" m WHERE m."orderId" = o."id") AS messages
     FROM "Order" o`,
  );
  return rows.map((r) => ({ number: String(r.number), key: String(r.key), lines: Number(r.lines), events: Number(r.events), messages: Number(r.messages) }));
}

/** The latest published version of a product, with its document. */
export async function latestVersion(databaseUrl: string, slug: string): Promise<{ id: string; document: string }> {
  const rows = await queryRows<{ id: string; document: string }>(
    databaseUrl,
    `SELECT v."id" AS id, v."document" AS document FROM "TemplateVersion" v JOIN "Template" t ON t."id" = v."templateId" WHERE t."slug" = '${slug.replace(/'/g, "''")}' ORDER BY v."version" DESC LIMIT 1`,
  );
  if (!rows[0]) throw new Error(`no published version of ${slug}`);
  return rows[0];
}
