'use server';
import { revalidatePath } from 'next/cache';
import { STUDIO } from '../../auth/roles';
import { idSchema } from '../../auth/schemas';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { deleteBrandFont } from '../brand-fonts';

export type DeleteAssetResult = { ok: true } | { ok: false; error: string };

/** Admin: deletes a brand font and its stored file. */
export async function deleteFont(input: unknown): Promise<DeleteAssetResult> {
  if (!(await actionUser(STUDIO))) return ACTION_REFUSED;
  const parsed = idSchema.safeParse(input);
  if (!parsed.success || !(await deleteBrandFont(parsed.data.id)))
    return { ok: false, error: 'That font was already deleted. Reload the page.' };
  revalidatePath('/studio/assets');
  return { ok: true };
}
