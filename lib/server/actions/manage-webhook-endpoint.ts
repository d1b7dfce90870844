'use server';
import { revalidatePath } from 'next/cache';
import { STUDIO } from '../../auth/roles';
import { idSchema } from '../../auth/schemas';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { deleteEndpoint, redeliver, rotateEndpointSecret } from '../webhooks/endpoints';
import { wakeWebhookDelivery } from '../webhooks/emit';

type Result = { ok: true } | { ok: false; error: string };
const GONE = { ok: false, error: 'That endpoint no longer exists. Reload the page.' } as const;

/** Admin: a new signing secret; the previous one keeps signing for 24 hours. */
export async function rotateWebhookSecret(input: unknown): Promise<Result> {
  if (!(await actionUser(STUDIO))) return ACTION_REFUSED;
  const parsed = idSchema.safeParse(input);
  if (!parsed.success || !(await rotateEndpointSecret(parsed.data.id))) return GONE;
  revalidatePath(`/studio/webhooks/${parsed.data.id}`);
  return { ok: true };
}

/** Admin: removes an endpoint and its delivery history. */
export async function deleteWebhookEndpoint(input: unknown): Promise<Result> {
  if (!(await actionUser(STUDIO))) return ACTION_REFUSED;
  const parsed = idSchema.safeParse(input);
  if (!parsed.success || !(await deleteEndpoint(parsed.data.id))) return GONE;
  revalidatePath('/studio/webhooks');
  return { ok: true };
}

/** Admin: sends a delivery again now, with the same event id. */
export async function redeliverWebhook(input: unknown): Promise<Result> {
  if (!(await actionUser(STUDIO))) return ACTION_REFUSED;
  const parsed = idSchema.safeParse(input);
  const found = parsed.success ? await redeliver(parsed.data.id) : null;
  if (!found) return { ok: false, error: 'That delivery no longer exists. Reload the page.' };
  wakeWebhookDelivery();
  revalidatePath(`/studio/webhooks/${found.endpointId}`);
  return { ok: true };
}
