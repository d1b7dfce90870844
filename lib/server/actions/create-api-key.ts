'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createApiKeySchema } from '../../api/scopes';
import { STUDIO } from '../../auth/roles';
import { createApiKey } from '../api/keys';
import { ACTION_REFUSED, actionUser } from '../auth/guard';

export type CreateApiKeyResult =
  | { ok: true; name: string; key: string; prefix: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Admin: makes an API key with the chosen scopes; the key is returned this once and never again. */
export async function createApiKeyAction(input: unknown): Promise<CreateApiKeyResult> {
  const admin = await actionUser(STUDIO);
  if (!admin) return ACTION_REFUSED;
  const parsed = createApiKeySchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      error: 'Check the fields marked below.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  const made = await createApiKey(parsed.data, admin.id);
  revalidatePath('/studio/api-keys');
  return { ok: true, name: parsed.data.name, key: made.key, prefix: made.prefix };
}
