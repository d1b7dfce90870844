import 'server-only';
import { randomUUID } from 'node:crypto';
import { isRole, type Role, type StaffUser } from '../../auth/roles';
import { db, type Db } from '../db/client';
import { isUniqueViolation, isWriteConflict } from '../db/errors';
import { hashPassword } from './password';
import { endUserSessions } from './sessions';

// Staff accounts. E-mail addresses are stored lower-cased (the schemas lower-case them), so
// "Ada@Example.com" and "ada@example.com" are one account.

export type TeamMember = StaffUser & { createdAt: string; disabledAt: string | null };
export type NewUser = { email: string; name: string; role: Role; password: string };
export type UserResult = { ok: true; user: StaffUser } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

const TAKEN: UserResult = { ok: false, error: 'Check the fields marked below.', fieldErrors: { email: ['There is already an account with this e-mail address.'] } };

function toStaff(row: { id: string; email: string; name: string; role: string }): StaffUser {
  if (!isRole(row.role)) throw new Error(`User ${row.id} has an unknown role`);
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Creates an account (the password is hashed here); refuses an e-mail that already has one. */
export async function createUser(input: NewUser, conn: Pick<Db, 'user'> = db()): Promise<UserResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await conn.user.create({ data: { id: randomUUID(), email: input.email.toLowerCase(), name: input.name, role: input.role, passwordHash } });
    return { ok: true, user: toStaff(row) };
  } catch (error) {
    if (isUniqueViolation(error)) return TAKEN;
    throw error;
  }
}

/** How many accounts exist (enabled or not): the one-time setup is open only while there are none. */
export async function countUsers(conn: Db = db()): Promise<number> {
  return conn.user.count();
}

/**
 * Creates the first admin, only while there is no account at all. The check and the insert run
 * in one serializable transaction, so two people racing through setup get one admin, not two.
 */
export async function createFirstAdmin(input: Omit<NewUser, 'role'>, conn: Db = db()): Promise<UserResult> {
  const passwordHash = await hashPassword(input.password);
  const closed: UserResult = { ok: false, error: 'This shop is already set up. Sign in instead.' };
  try {
    return await conn.$transaction(
      async (tx) => {
        if ((await tx.user.count()) > 0) return closed;
        const row = await tx.user.create({ data: { id: randomUUID(), email: input.email.toLowerCase(), name: input.name, role: 'admin', passwordHash } });
        return { ok: true, user: toStaff(row) } satisfies UserResult;
      },
      { isolationLevel: 'Serializable' },
    );
  } catch (error) {
    if (isWriteConflict(error) || isUniqueViolation(error)) return closed;
    throw error;
  }
}

/** An account with its hash, for signing in and password changes only. */
export async function findUserForSignIn(email: string, conn: Db = db()): Promise<(StaffUser & { passwordHash: string; disabled: boolean }) | null> {
  const row = await conn.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!row || !isRole(row.role)) return null;
  return { ...toStaff(row), passwordHash: row.passwordHash, disabled: row.disabledAt !== null };
}

/** The stored hash of a user, for checking their current password. */
export async function passwordHashOf(userId: string, conn: Db = db()): Promise<string | null> {
  return (await conn.user.findUnique({ where: { id: userId }, select: { passwordHash: true } }))?.passwordHash ?? null;
}

/** Replaces a stored hash as is (re-hashing with stronger parameters at sign-in). */
export async function replacePasswordHash(userId: string, passwordHash: string, conn: Db = db()): Promise<void> {
  await conn.user.update({ where: { id: userId }, data: { passwordHash } });
}

/** Sets a new password and ends every session of the user (the caller may start a fresh one). */
export async function setPassword(userId: string, password: string, conn: Db = db()): Promise<void> {
  const passwordHash = await hashPassword(password);
  await conn.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endUserSessions(userId, tx);
  });
}

/** Everyone on the team: enabled accounts first, then by name. */
export async function listTeam(conn: Db = db()): Promise<TeamMember[]> {
  const rows = await conn.user.findMany({ orderBy: [{ name: 'asc' }, { email: 'asc' }] });
  return rows
    .map((row) => ({ ...toStaff(row), createdAt: row.createdAt.toISOString(), disabledAt: row.disabledAt?.toISOString() ?? null }))
    .sort((a, b) => Number(a.disabledAt !== null) - Number(b.disabledAt !== null));
}

export type DisableResult = { ok: true } | { ok: false; error: string };

/**
 * Disables an account and ends its sessions at once, or enables it again. An admin cannot
 * disable themself, and the last enabled admin stays (else nobody could manage the team).
 */
export async function setUserDisabled(actorId: string, userId: string, disabled: boolean, conn: Db = db(), now = new Date()): Promise<DisableResult> {
  if (disabled && actorId === userId) return { ok: false, error: 'You cannot disable your own account.' };
  try {
    return await conn.$transaction(
      async (tx) => {
        const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
        if (!user) return { ok: false, error: 'No such account.' } satisfies DisableResult;
        if (disabled && user.role === 'admin' && (await tx.user.count({ where: { role: 'admin', disabledAt: null } })) <= 1) {
          return { ok: false, error: 'This is the last admin: invite another admin before disabling it.' } satisfies DisableResult;
        }
        await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? (user.disabledAt ?? now) : null } });
        if (disabled) await endUserSessions(userId, tx);
        return { ok: true } satisfies DisableResult;
      },
      { isolationLevel: 'Serializable' },
    );
  } catch (error) {
    if (isWriteConflict(error)) return { ok: false, error: 'The team changed meanwhile; reload the page and try again.' };
    throw error;
  }
}
