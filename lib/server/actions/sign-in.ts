'use server';
import { z } from 'zod';
import { homePath } from '../../auth/roles';
import { safeNextPath } from '../../auth/next-path';
import { signInSchema } from '../../auth/schemas';
import { authenticate } from '../auth/authenticate';
import { setSessionCookie } from '../auth/session-cookie';
import { createSession } from '../auth/sessions';
import { clientKey } from '../http/client-address';

export type SignInResult =
  { ok: true; next: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Signs an admin or maker in and says where to go next. Public endpoint: throttled per address and per e-mail. */
export async function signIn(input: unknown): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      error: 'Enter your e-mail address and password.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  const result = await authenticate(parsed.data, await clientKey());
  if (!result.ok) return result;
  await setSessionCookie(await createSession(result.user.id));
  const next =
    typeof input === 'object' && input !== null && 'next' in input ? safeNextPath(input.next) : null;
  return { ok: true, next: next ?? homePath(result.user.role) };
}
