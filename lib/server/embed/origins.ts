import 'server-only';
import { MAX_EMBED_ORIGINS } from '../../embed/origins';
import { db, type Db } from '../db/client';

// The sites allowed to embed the configurator, read on every embed page (its frame-ancestors
// header and the origin its messages may come from), so every process sees a change at once.

/** The allowed origins, oldest first. */
export async function listEmbedOrigins(conn: Db = db()): Promise<string[]> {
  const rows = await conn.embedOrigin.findMany({
    orderBy: [{ createdAt: 'asc' }, { origin: 'asc' }],
    take: MAX_EMBED_ORIGINS,
  });
  return rows.map((r) => r.origin);
}

export type AddOriginResult = 'added' | 'exists' | 'full';

/** Allows an origin (already normalised by embedOriginSchema). */
export async function addEmbedOrigin(origin: string, conn: Db = db()): Promise<AddOriginResult> {
  if (await conn.embedOrigin.findUnique({ where: { origin } })) return 'exists';
  if ((await conn.embedOrigin.count()) >= MAX_EMBED_ORIGINS) return 'full';
  await conn.embedOrigin.upsert({ where: { origin }, create: { origin }, update: {} });
  return 'added';
}

/** Withdraws an origin; false when it was not allowed. */
export async function removeEmbedOrigin(origin: string, conn: Db = db()): Promise<boolean> {
  const { count } = await conn.embedOrigin.deleteMany({ where: { origin } });
  return count > 0;
}
