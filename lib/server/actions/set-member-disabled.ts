'use server';
import { revalidatePath } from 'next/cache';
import { STUDIO } from '../../auth/roles';
import { idSchema } from '../../auth/schemas';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { setUserDisabled, type DisableResult } from '../auth/users';

async function setDisabled(input: unknown, disabled: boolean): Promise<DisableResult> {
  const admin = await actionUser(STUDIO);
  if (!admin) return ACTION_REFUSED;
  const parsed = idSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'No such account.' };
  const result = await setUserDisabled(admin.id, parsed.data.id, disabled);
  if (result.ok) revalidatePath('/studio/team');
  return result;
}

/** Admin: disables an account; its sessions end at once and it can no longer sign in. */
export async function disableMember(input: unknown): Promise<DisableResult> {
  return setDisabled(input, true);
}

/** Admin: lets a disabled account sign in again (with its old password). */
export async function enableMember(input: unknown): Promise<DisableResult> {
  return setDisabled(input, false);
}
