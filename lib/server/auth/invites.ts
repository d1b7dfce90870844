import 'server-only';
import { randomUUID } from 'node:crypto';
import { inviteMessage } from '../../auth/invite-message';
import { isRole, type Role, type StaffUser } from '../../auth/roles';
import { db, type Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { scheduleOutboxDelivery } from '../outbox';
import { hashPassword } from './password';
import { looksLikeToken, newToken, tokenId } from './tokens';

// Admins invite people by e-mail. The link carries a random token; only its sha256 is stored,
// it works once and for 7 days. Inviting the same address again replaces the earlier link.

export const INVITE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type PendingInvite = { id: string; email: string; role: Role; invitedBy: string; createdAt: string; expiresAt: string; expired: boolean };
export type InviteResult = { ok: true; url: string; expiresAt: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };
export type OpenInvite = { email: string; role: Role; expiresAt: string };
export type AcceptResult = { ok: true; user: StaffUser } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Creates an invitation, writes its e-mail to the outbox in the same transaction, and returns the link. */
export async function createInvite(
  input: { email: string; role: Role },
  invitedBy: StaffUser,
  publicUrl: string,
  conn: Db = db(),
  now = new Date(),
): Promise<InviteResult> {
  const email = input.email.toLowerCase();
  if (await conn.user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, error: 'Check the fields marked below.', fieldErrors: { email: ['There is already an account with this e-mail address.'] } };
  }
  const token = newToken();
  const url = `${publicUrl}/invite/${token}`;
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * DAY_MS);
  const message = inviteMessage({ inviterName: invitedBy.name, role: input.role, url, expiresAt });
  await conn.$transaction(async (tx) => {
    await tx.invite.deleteMany({ where: { email, acceptedAt: null } });
    await tx.invite.create({ data: { id: tokenId(token), email, role: input.role, invitedById: invitedBy.id, createdAt: now, expiresAt } });
    await tx.outboxMessage.create({ data: { id: randomUUID(), to: email, ...message, createdAt: now } });
  });
  scheduleOutboxDelivery(conn);
  return { ok: true, url, expiresAt: expiresAt.toISOString() };
}

/** Invitations not yet accepted, newest first, expired ones marked (an admin may send them again). */
export async function listPendingInvites(conn: Db = db(), now = new Date()): Promise<PendingInvite[]> {
  const rows = await conn.invite.findMany({ where: { acceptedAt: null }, orderBy: { createdAt: 'desc' } });
  const inviters = await conn.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.invitedById))] } }, select: { id: true, name: true } });
  const names = new Map(inviters.map((u) => [u.id, u.name]));
  return rows.flatMap((r) =>
    isRole(r.role)
      ? [{ id: r.id, email: r.email, role: r.role, invitedBy: names.get(r.invitedById) ?? 'someone', createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt.toISOString(), expired: r.expiresAt <= now }]
      : [],
  );
}

/** Withdraws an invitation that was not accepted yet; its link stops working. */
export async function revokeInvite(id: string, conn: Db = db()): Promise<boolean> {
  return (await conn.invite.deleteMany({ where: { id, acceptedAt: null } })).count > 0;
}

/** The invitation a link token opens, while it is unused and unexpired; else null. */
export async function findOpenInvite(token: string, conn: Db = db(), now = new Date()): Promise<OpenInvite | null> {
  if (!looksLikeToken(token)) return null;
  const row = await conn.invite.findUnique({ where: { id: tokenId(token) } });
  if (!row || row.acceptedAt || row.expiresAt <= now || !isRole(row.role)) return null;
  return { email: row.email, role: row.role, expiresAt: row.expiresAt.toISOString() };
}

const GONE: AcceptResult = { ok: false, error: 'This invitation is no longer valid: it was used, withdrawn or has expired. Ask an admin for a new one.' };

/**
 * Creates the invitee's account. Claiming the invite is a conditional update, so a link used
 * twice at the same moment makes one account; a failure after it rolls the claim back.
 */
export async function acceptInvite(input: { token: string; name: string; password: string }, conn: Db = db(), now = new Date()): Promise<AcceptResult> {
  if (!looksLikeToken(input.token)) return GONE;
  const id = tokenId(input.token);
  const passwordHash = await hashPassword(input.password);
  try {
    return await conn.$transaction(async (tx) => {
      const invite = await tx.invite.findUnique({ where: { id } });
      if (!invite || !isRole(invite.role)) return GONE;
      const { count } = await tx.invite.updateMany({ where: { id, acceptedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now } });
      if (count === 0) return GONE;
      const user = await tx.user.create({ data: { id: randomUUID(), email: invite.email, name: input.name, role: invite.role, passwordHash, createdAt: now } });
      return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: invite.role } } satisfies AcceptResult;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: 'There is already an account with this e-mail address. Sign in instead.' };
    throw error;
  }
}
