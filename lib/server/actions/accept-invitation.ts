'use server';
import { z } from 'zod';
import { homePath } from '../../auth/roles';
import { acceptInviteSchema } from '../../auth/schemas';
import { attemptLimiter, TOO_MANY_ATTEMPTS } from '../auth/attempt-limits';
import { acceptInvite } from '../auth/invites';
import { setSessionCookie } from '../auth/session-cookie';
import { createSession } from '../auth/sessions';
import { clientKey } from '../http/client-address';

export type AcceptInvitationResult =
  { ok: true; next: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Creates the invitee's account from a valid link and signs them in. Public endpoint: throttled per address. */
export async function acceptInvitation(input: unknown): Promise<AcceptInvitationResult> {
  const parsed = acceptInviteSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      error: 'Check the fields marked below.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  if (!(await attemptLimiter('invitePerAddress').take(await clientKey(), Date.now())))
    return { ok: false, error: TOO_MANY_ATTEMPTS };
  const result = await acceptInvite(parsed.data);
  if (!result.ok) return result;
  await setSessionCookie(await createSession(result.user.id));
  return { ok: true, next: homePath(result.user.role) };
}
