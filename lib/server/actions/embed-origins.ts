'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { STUDIO } from '../../auth/roles';
import { embedOriginSchema, MAX_EMBED_ORIGINS } from '../../embed/origins';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { addEmbedOrigin, removeEmbedOrigin } from '../embed/origins';
import { failed, invalid } from './studio-result';

export type EmbedOriginResult =
  | { ok: true; origin: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; retryable?: boolean };

const input = z.object({ origin: embedOriginSchema });

/** Admin: allows a site to embed the configurator. */
export async function allowEmbedOrigin(raw: unknown): Promise<EmbedOriginResult> {
  if (!(await actionUser(STUDIO))) return ACTION_REFUSED;
  const parsed = input.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error, parsed.error.issues[0]?.message);
  try {
    const outcome = await addEmbedOrigin(parsed.data.origin);
    if (outcome === 'exists') return { ok: false, error: `${parsed.data.origin} is already allowed.` };
    if (outcome === 'full')
      return { ok: false, error: `A shop can allow up to ${MAX_EMBED_ORIGINS} sites. Remove one first.` };
    revalidatePath('/studio/embed');
    return { ok: true, origin: parsed.data.origin };
  } catch (error) {
    return failed('allowEmbedOrigin', error);
  }
}

/** Admin: stops a site from embedding the configurator (its open pages stop talking to it too). */
export async function withdrawEmbedOrigin(
  raw: unknown,
): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!(await actionUser(STUDIO))) return ACTION_REFUSED;
  const parsed = z.object({ id: embedOriginSchema }).safeParse(raw);
  if (!parsed.success || !(await removeEmbedOrigin(parsed.data.id)))
    return { ok: false, error: 'That site was already removed. Reload the page.' };
  revalidatePath('/studio/embed');
  return { ok: true };
}
