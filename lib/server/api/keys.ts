import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { formatScopes, parseScopes, type ApiScope, type CreateApiKeyInput } from '../../api/scopes';
import { db, type Db } from '../db/client';
import { shortId } from '../ids';

// API keys of the public API. A key is "ok_live_" and 40 random characters; only its sha256 is
// stored, and the studio shows the key once, when it is made. The first 12 characters
// (the prefix) tell keys apart in lists.

const KEY_PREFIX = 'ok_live_';
const KEY_SHAPE = /^ok_live_[0-9A-Za-z]{40}$/;
/** Last-used times are written at most this often per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** The key a request authenticated with. */
export type ApiCaller = { id: string; name: string; scopes: ApiScope[] };

const hashOf = (key: string) => createHash('sha256').update(key).digest('hex');

/** Makes a key; the returned `key` is the only time it is seen. */
export async function createApiKey(
  input: CreateApiKeyInput,
  createdById: string,
  conn: Db = db(),
): Promise<{ id: string; key: string; prefix: string }> {
  const key = `${KEY_PREFIX}${shortId(40)}`;
  const id = randomUUID();
  const prefix = key.slice(0, 12);
  await conn.apiKey.create({
    data: {
      id,
      name: input.name,
      prefix,
      hash: hashOf(key),
      scopes: formatScopes(input.scopes),
      createdById,
    },
  });
  return { id, key, prefix };
}

/** Every key, newest first, revoked ones after the live ones. */
export async function listApiKeys(conn: Db = db()): Promise<ApiKeyView[]> {
  const rows = await conn.apiKey.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] });
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      prefix: r.prefix,
      scopes: parseScopes(r.scopes),
      createdAt: r.createdAt.toISOString(),
      lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
      revokedAt: r.revokedAt?.toISOString() ?? null,
    }))
    .sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
}

/** Revokes a key at once: its next request gets 401. False when it was unknown or revoked already. */
export async function revokeApiKey(id: string, conn: Db = db()): Promise<boolean> {
  const { count } = await conn.apiKey.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}

/** The live key an Authorization header carries ("Bearer ok_live_…"), or null. */
export async function authenticateApiKey(
  authorization: string | null,
  conn: Db = db(),
  now = new Date(),
): Promise<ApiCaller | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const key = match?.[1];
  if (!key || !KEY_SHAPE.test(key)) return null;
  const row = await conn.apiKey.findUnique({ where: { hash: hashOf(key) } });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    // At most one write a minute per key, not one per request.
    await conn.apiKey.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { id: row.id, name: row.name, scopes: parseScopes(row.scopes) };
}
