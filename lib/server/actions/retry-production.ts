'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { STUDIO } from '../../auth/roles';
import { isOrderStatus, isProducible } from '../../orders/status';
import { ACTION_REFUSED, actionUser } from '../auth/guard';
import { db } from '../db/client';
import { enqueueRender } from '../jobs/enqueue';

const retrySchema = z.object({ id: z.string().min(1).max(40) });

/** Studio admins only: renders an order's production files again (a failed render, say), attempts starting over. */
export async function retryProduction(input: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
  const user = await actionUser(STUDIO);
  if (!user) return ACTION_REFUSED;
  const parsed = retrySchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'No such order.' };
  const order = await db().order.findUnique({
    where: { number: parsed.data.id },
    select: { id: true, number: true, status: true },
  });
  if (!order) return { ok: false, error: 'No such order.' };
  if (isOrderStatus(order.status) && !isProducible(order.status))
    return { ok: false, error: `Order ${order.number} was cancelled: there is nothing to render.` };
  await enqueueRender(order);
  revalidatePath('/studio/production');
  return { ok: true };
}
