'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { markShippedSchema, startProductionSchema } from '../../orders/maker-schema';
import { isMaker } from '../maker/session';
import { transitionOrder } from '../orders/transition-order';

export type StatusChangeResult = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

const NOT_SIGNED_IN: StatusChangeResult = { ok: false, error: 'Sign in to the maker area first.' };

/** Maker: placed -> in production. */
export async function startProduction(input: unknown): Promise<StatusChangeResult> {
  if (!(await isMaker())) return NOT_SIGNED_IN;
  const parsed = startProductionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Unknown order.' };
  const result = await transitionOrder(parsed.data.number, 'in_production', 'maker');
  if (result.ok) revalidatePath(`/maker/orders/${parsed.data.number}`);
  return result;
}

/** Maker: in production -> shipped, with the carrier's tracking reference. */
export async function markShipped(input: unknown): Promise<StatusChangeResult> {
  if (!(await isMaker())) return NOT_SIGNED_IN;
  const parsed = markShippedSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Check the tracking reference.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { number, trackingReference } = parsed.data;
  const result = await transitionOrder(number, 'shipped', 'maker', undefined, { trackingReference });
  if (result.ok) revalidatePath(`/maker/orders/${number}`);
  return result;
}
