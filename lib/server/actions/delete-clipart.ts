'use server';
import { revalidatePath } from 'next/cache';
import { STUDIO } from '../../auth/roles';
import { idSchema } from '../../auth/schemas';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { deleteClipart } from '../clipart/store';
import type { DeleteAssetResult } from './delete-brand-font';

/** Admin: deletes a brand's uploaded clipart (the starter library stays). */
export async function deleteBrandClipart(input: unknown): Promise<DeleteAssetResult> {
  if (!(await actionUser(STUDIO))) return ACTION_REFUSED;
  const parsed = idSchema.safeParse(input);
  if (!parsed.success || !(await deleteClipart(parsed.data.id)))
    return { ok: false, error: 'That clipart was already deleted. Reload the page.' };
  revalidatePath('/studio/assets');
  return { ok: true };
}
