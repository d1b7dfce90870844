import 'server-only';
import { db, type Db } from '../db/client';
import { logger } from '../ops/logger';
import { setProductionState } from '../production/production-state';
import { setWebhookWaker } from '../webhooks/emit';
import { jobs } from '.';

// Adding the shop's jobs. Kept apart from the tasks (tasks.ts), which load the renderer: the web
// process only adds jobs.

export const TASKS = {
  renderOrder: 'render-order',
  deliverOutbox: 'deliver-outbox',
  cleanUp: 'clean-up',
  sweep: 'sweep',
  deliverWebhooks: 'deliver-webhooks',
} as const;

/** One render per order at a time, whoever asks. */
export const renderKey = (orderNumber: string) => `render-order:${orderNumber}`;

/** Queues the render of an order's production files (again, from a retry: attempts start over). */
export async function enqueueRender(order: { id: string; number: string }, conn: Db = db()): Promise<void> {
  await setProductionState(order.id, 'queued', { attempts: 0 }, conn);
  await jobs().add(
    TASKS.renderOrder,
    { orderId: order.id, number: order.number },
    { key: renderKey(order.number), maxAttempts: 5 },
  );
}

/** Queues a delivery of the outbox (one waits at a time; it sends everything pending). */
export async function enqueueOutboxDelivery(): Promise<void> {
  await jobs().add(TASKS.deliverOutbox, {}, { key: TASKS.deliverOutbox, maxAttempts: 3 });
}

/** Queues a run of the webhook deliveries that are due (one waits at a time). */
export async function enqueueWebhookDelivery(): Promise<void> {
  await jobs().add(TASKS.deliverWebhooks, {}, { key: TASKS.deliverWebhooks, maxAttempts: 3 });
}

/** Makes wakeWebhookDelivery() queue a run in this process (web processes and workers). */
export function installWebhookWaker(): void {
  setWebhookWaker(
    () =>
      void enqueueWebhookDelivery().catch((error: unknown) =>
        logger().error({ err: error }, 'queueing webhook delivery failed (the worker sweep will retry)'),
      ),
  );
}

/**
 * What follows a placed order: its render and its confirmation's delivery, as jobs. After the
 * commit and not in it, so a queue hiccup never loses an order; the worker's sweep queues any
 * order that was missed (a crash in between).
 */
export function afterOrderPlaced(_conn: Db, order: { id: string; number: string }): void {
  void Promise.all([enqueueRender(order), enqueueOutboxDelivery(), enqueueWebhookDelivery()]).catch(
    (error: unknown) =>
      logger().error(
        { err: error, orderNumber: order.number },
        "queueing an order's jobs failed (the worker's sweep will retry)",
      ),
  );
}
