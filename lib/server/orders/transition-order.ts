import 'server-only';
import { randomUUID } from 'node:crypto';
import { canTransition, isOrderStatus, STATUS_LABELS, type OrderStatus } from '../../orders/status';
import { db, providerOf, type Db } from '../db/client';
import { emitEvent, wakeWebhookDelivery } from '../webhooks/emit';

export type TransitionResult = { ok: true } | { ok: false; error: string };

/** What a transition may record: the carrier's reference when shipping, the reason when cancelling. */
export type TransitionDetails = { trackingReference?: string; reason?: string };

/**
 * Moves an order to another status when the transition is allowed, recording when and who.
 * Shipping may record the carrier's tracking reference; cancelling needs a reason, kept on the
 * order and on its status event.
 * The update is conditional on the status it was read in, so two makers cannot both move it.
 */
export async function transitionOrder(
  number: string,
  to: OrderStatus,
  actor: string,
  conn: Db = db(),
  details: TransitionDetails = {},
): Promise<TransitionResult> {
  const provider = providerOf(conn);
  const result = await conn.$transaction(async (tx): Promise<TransitionResult> => {
    const order = await tx.order.findUnique({ where: { number }, select: { id: true, status: true } });
    if (!order || !isOrderStatus(order.status)) return { ok: false, error: 'No such order.' };
    const from = order.status;
    if (!canTransition(from, to))
      return {
        ok: false,
        error: `An order that is ${STATUS_LABELS[from].toLowerCase()} cannot become ${STATUS_LABELS[to].toLowerCase()}.`,
      };
    if (to === 'cancelled' && !details.reason) return { ok: false, error: 'Say why the order is cancelled.' };
    const data = {
      status: to,
      ...(details.trackingReference ? { trackingReference: details.trackingReference } : {}),
      ...(to === 'cancelled' ? { cancelReason: details.reason } : {}),
    };
    const { count } = await tx.order.updateMany({ where: { id: order.id, status: from }, data });
    if (count === 0) return { ok: false, error: 'The order changed meanwhile; reload it.' };
    await tx.orderEvent.create({
      data: {
        id: randomUUID(),
        orderId: order.id,
        fromStatus: from,
        toStatus: to,
        actor,
        note: details.reason ?? null,
      },
    });
    await emitEvent(tx, provider, 'order.status_changed', {
      number,
      from,
      to,
      ...(details.trackingReference ? { trackingReference: details.trackingReference } : {}),
      ...(to === 'cancelled' ? { reason: details.reason } : {}),
    });
    return { ok: true };
  });
  if (result.ok) wakeWebhookDelivery();
  return result;
}
