'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { STUDIO } from '../../auth/roles';
import { inviteSchema } from '../../auth/schemas';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { createInvite } from '../auth/invites';
import { readEnv } from '../env';

export type InviteMemberResult = { ok: true; email: string; url: string; expiresAt: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Admin: invites someone by e-mail; the link is e-mailed and returned for the admin to pass on. */
export async function inviteMember(input: unknown): Promise<InviteMemberResult> {
  const admin = await actionUser(STUDIO);
  if (!admin) return ACTION_REFUSED;
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Check the fields marked below.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await createInvite(parsed.data, admin, readEnv().publicUrl);
  if (!result.ok) return result;
  revalidatePath('/studio/team');
  return { ok: true, email: parsed.data.email, url: result.url, expiresAt: result.expiresAt };
}
