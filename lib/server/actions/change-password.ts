'use server';
import { z } from 'zod';
import { ROLES } from '../../auth/roles';
import { changePasswordSchema } from '../../auth/schemas';
import { attemptLimiter, TOO_MANY_ATTEMPTS } from '../auth/attempt-limits';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { verifyPassword } from '../auth/password';
import { setSessionCookie } from '../auth/session-cookie';
import { createSession } from '../auth/sessions';
import { passwordHashOf, setPassword } from '../auth/users';

export type ChangePasswordResult =
  { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Any signed-in user: replaces their password after checking the current one. Every session
 * of the account ends (a thief's too); this browser gets a fresh one.
 */
export async function changePassword(input: unknown): Promise<ChangePasswordResult> {
  const user = await actionUser([...ROLES]);
  if (!user) return ACTION_REFUSED;
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      error: 'Check the fields marked below.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  if (!(await attemptLimiter('passwordChangePerUser').take(user.id, Date.now())))
    return { ok: false, error: TOO_MANY_ATTEMPTS };
  const hash = await passwordHashOf(user.id);
  if (!hash || !(await verifyPassword(parsed.data.currentPassword, hash))) {
    return {
      ok: false,
      error: 'Check the fields marked below.',
      fieldErrors: { currentPassword: ['That is not your current password.'] },
    };
  }
  await setPassword(user.id, parsed.data.newPassword);
  await setSessionCookie(await createSession(user.id));
  return { ok: true };
}
