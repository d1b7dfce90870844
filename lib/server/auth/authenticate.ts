import 'server-only';
import type { SignInInput } from '../../auth/schemas';
import type { StaffUser } from '../../auth/roles';
import { db, type Db } from '../db/client';
import { attemptLimiter, TOO_MANY_ATTEMPTS, type AttemptLimiter, type LimitName } from './attempt-limits';
import { hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from './password';
import { findUserForSignIn, replacePasswordHash } from './users';

// Checking an e-mail and password. A throttled attempt is refused before anything is looked
// up or hashed. An unknown e-mail and a wrong password get the same answer after the same
// work (a dummy hash is checked), so the form tells nobody which addresses have accounts.

export type AuthResult = { ok: true; user: StaffUser } | { ok: false; error: string };

export const WRONG_CREDENTIALS = 'That e-mail and password do not match an account.';
export const ACCOUNT_DISABLED = 'This account has been disabled. Ask an admin of the shop.';

type Deps = { conn?: Db; limiter?: (name: LimitName) => AttemptLimiter; now?: number };

/** Signs in with e-mail and password from a client address; wrong attempts count against both limits. */
export async function authenticate(
  { email, password }: SignInInput,
  client: string,
  deps: Deps = {},
): Promise<AuthResult> {
  const { conn = db(), limiter = attemptLimiter, now = Date.now() } = deps;
  if (
    !(await limiter('signInPerAddress').take(client, now)) ||
    !(await limiter('signInPerEmail').take(email, now))
  )
    return { ok: false, error: TOO_MANY_ATTEMPTS };
  const user = await findUserForSignIn(email, conn);
  if (!user) {
    await verifyDummyPassword(password);
    return { ok: false, error: WRONG_CREDENTIALS };
  }
  if (!(await verifyPassword(password, user.passwordHash))) return { ok: false, error: WRONG_CREDENTIALS };
  // Only someone who knows the password learns that the account was disabled.
  if (user.disabled) return { ok: false, error: ACCOUNT_DISABLED };
  await limiter('signInPerAddress').refund(client);
  await limiter('signInPerEmail').refund(email);
  if (needsRehash(user.passwordHash)) await replacePasswordHash(user.id, await hashPassword(password), conn);
  const { id, name, role } = user;
  return { ok: true, user: { id, email: user.email, name, role } };
}
