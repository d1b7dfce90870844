'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { MAKER_AREA, STUDIO } from '../../auth/roles';
import { cancelOrderSchema, markShippedSchema, startProductionSchema } from '../../orders/maker-schema';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { transitionOrder } from '../orders/transition-order';

export type StatusChangeResult =
  { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

// The maker's and the studio's order page show the same order.
const revalidateOrder = (number: string) => {
  revalidatePath(`/maker/orders/${number}`);
  revalidatePath(`/studio/orders/${number}`);
};

/** Maker or admin: placed -> in production, recorded with their e-mail. */
export async function startProduction(input: unknown): Promise<StatusChangeResult> {
  const user = await actionUser(MAKER_AREA);
  if (!user) return ACTION_REFUSED;
  const parsed = startProductionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Unknown order.' };
  const result = await transitionOrder(parsed.data.number, 'in_production', user.email);
  if (result.ok) revalidateOrder(parsed.data.number);
  return result;
}

/** Maker or admin: in production -> shipped, with the carrier's tracking reference. */
export async function markShipped(input: unknown): Promise<StatusChangeResult> {
  const user = await actionUser(MAKER_AREA);
  if (!user) return ACTION_REFUSED;
  const parsed = markShippedSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      error: 'Check the tracking reference.',
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
    };
  const { number, trackingReference } = parsed.data;
  const result = await transitionOrder(number, 'shipped', user.email, undefined, { trackingReference });
  if (result.ok) revalidateOrder(number);
  return result;
}

/** Studio admins only: placed -> cancelled, with the reason (kept on the order, shown to makers). */
export async function cancelOrder(input: unknown): Promise<StatusChangeResult> {
  const user = await actionUser(STUDIO);
  if (!user) return ACTION_REFUSED;
  const parsed = cancelOrderSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: 'Check the reason.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { number, reason } = parsed.data;
  const result = await transitionOrder(number, 'cancelled', user.email, undefined, { reason });
  if (result.ok) {
    revalidateOrder(number);
    revalidatePath('/maker');
  }
  return result;
}
