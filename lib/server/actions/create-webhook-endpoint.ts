'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { STUDIO } from '../../auth/roles';
import { createEndpointSchema } from '../../webhooks/events';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { createEndpoint } from '../webhooks/endpoints';

export type CreateEndpointResult =
  { ok: true; id: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Admin: registers an address to receive the chosen events, with a new signing secret. */
export async function createWebhookEndpoint(input: unknown): Promise<CreateEndpointResult> {
  if (!(await actionUser(STUDIO))) return ACTION_REFUSED;
  const parsed = createEndpointSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      error: 'Check the fields marked below.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  const { id } = await createEndpoint(parsed.data);
  revalidatePath('/studio/webhooks');
  return { ok: true, id };
}
