'use server';
import { revalidatePath } from 'next/cache';
import { STUDIO } from '../../auth/roles';
import { idSchema } from '../../auth/schemas';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { revokeInvite } from '../auth/invites';

export type RevokeInviteResult = { ok: true } | { ok: false; error: string };

/** Admin: withdraws an invitation that was not accepted yet. */
export async function revokeInvitation(input: unknown): Promise<RevokeInviteResult> {
  if (!(await actionUser(STUDIO))) return ACTION_REFUSED;
  const parsed = idSchema.safeParse(input);
  if (!parsed.success || !(await revokeInvite(parsed.data.id))) return { ok: false, error: 'That invitation was already used or withdrawn. Reload the page.' };
  revalidatePath('/studio/team');
  return { ok: true };
}
