'use server';
import { z } from 'zod';
import { setupSchema } from '../../auth/schemas';
import { attemptLimiter, TOO_MANY_ATTEMPTS } from '../auth/attempt-limits';
import { setSessionCookie } from '../auth/session-cookie';
import { createSession } from '../auth/sessions';
import { clearSetupCode, isSetupCode } from '../auth/setup-code';
import { countUsers, createFirstAdmin } from '../auth/users';
import { readEnv } from '../env';
import { clientKey } from '../http/client-address';

export type SetupResult = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

const CLOSED: SetupResult = { ok: false, error: 'This shop is already set up. Sign in instead.' };

/**
 * Creates the first admin and signs them in. Public endpoint: open only while there is no
 * account, and only with the setup code from the server's console; throttled per address.
 */
export async function setUpFirstAdmin(input: unknown): Promise<SetupResult> {
  if ((await countUsers()) > 0) return CLOSED;
  const parsed = setupSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      error: 'Check the fields marked below.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  if (!(await attemptLimiter('setupPerAddress').take(await clientKey(), Date.now())))
    return { ok: false, error: TOO_MANY_ATTEMPTS };
  const { dataDir } = readEnv();
  const { code, ...admin } = parsed.data;
  if (!isSetupCode(code, dataDir)) {
    return {
      ok: false,
      error: 'Check the fields marked below.',
      fieldErrors: { code: ['That is not the setup code. Copy it from the console where npm start runs.'] },
    };
  }
  const created = await createFirstAdmin(admin);
  if (!created.ok) return created;
  clearSetupCode(dataDir);
  await setSessionCookie(await createSession(created.user.id));
  return { ok: true };
}
