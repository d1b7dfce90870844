'use server';
import { revalidatePath } from 'next/cache';
import { STUDIO } from '../../auth/roles';
import { idSchema } from '../../auth/schemas';
import { revokeApiKey } from '../api/keys';
import { ACTION_REFUSED, actionUser } from '../auth/guard';

/** Admin: revokes an API key; its next request is refused with 401. */
export async function revokeApiKeyAction(
  input: unknown,
): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!(await actionUser(STUDIO))) return ACTION_REFUSED;
  const parsed = idSchema.safeParse(input);
  if (!parsed.success || !(await revokeApiKey(parsed.data.id)))
    return { ok: false, error: 'That key was already revoked. Reload the page.' };
  revalidatePath('/studio/api-keys');
  return { ok: true };
}
