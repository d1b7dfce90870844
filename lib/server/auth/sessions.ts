import 'server-only';
import { isRole, type StaffUser } from '../../auth/roles';
import { db, type Db } from '../db/client';
import { looksLikeToken, newToken, tokenId } from './tokens';

// A session lasts 12 hours from sign-in, a workshop shift, and is not extended by use: pages
// (Server Components) cannot rewrite cookies, and a fixed end means a stolen cookie is worth
// at most half a day. Signing out deletes the row; disabling a user or changing a password
// deletes all of theirs.

export const SESSION_HOURS = 12;
const HOUR_MS = 60 * 60 * 1000;

export type NewSession = { token: string; expiresAt: Date };

/** Starts a session for a user; the token goes in the cookie, only its hash in the database. */
export async function createSession(userId: string, conn: Db = db(), now = new Date()): Promise<NewSession> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * HOUR_MS);
  await conn.session.create({ data: { id: tokenId(token), userId, createdAt: now, expiresAt } });
  // Housekeeping on the way: expired sessions (of anyone: staff are few) go.
  await conn.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return { token, expiresAt };
}

/** The active, enabled user a session token belongs to, or null. */
export async function userForSession(token: string | undefined, conn: Db = db(), now = new Date()): Promise<StaffUser | null> {
  if (!looksLikeToken(token)) return null;
  const row = await conn.session.findUnique({
    where: { id: tokenId(token) },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!row || row.expiresAt <= now || row.user.disabledAt || !isRole(row.user.role)) return null;
  const { id, email, name, role } = row.user;
  return { id, email, name, role };
}

/** Ends one session (signing out). Unknown tokens are fine: the cookie is cleared anyway. */
export async function deleteSession(token: string | undefined, conn: Db = db()): Promise<void> {
  if (looksLikeToken(token)) await conn.session.deleteMany({ where: { id: tokenId(token) } });
}

/** Ends every session of a user, in whatever transaction `conn` is. */
export async function endUserSessions(userId: string, conn: Pick<Db, 'session'> = db()): Promise<number> {
  return (await conn.session.deleteMany({ where: { userId } })).count;
}
