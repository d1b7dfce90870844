import 'server-only';
import { z } from 'zod';
import { isProducible } from '../../orders/status';
import { SpecRefusal } from '../../spec/line-files';
import { db } from '../db/client';
import { readEnv } from '../env';
import { logger } from '../ops/logger';
import { getOrderForMaker } from '../orders/get-order';
import { deliverOutbox } from '../outbox';
import { ordersNeverQueued, setProductionState } from '../production/production-state';
import { renderOrderToStorage } from '../production/stored-files';
import { deleteUnusedUploads } from '../unused-uploads';
import { deliverDueWebhooks, webhooksDue } from '../webhooks/deliver';
import { emitEventNow, wakeWebhookDelivery } from '../webhooks/emit';
import { enqueueOutboxDelivery, enqueueRender, enqueueWebhookDelivery, TASKS } from './enqueue';
import type { JobContext, TaskList } from './types';

// What the worker runs. Every task may run again after a crash (at least once), so each is
// safe to repeat: renders write the same bytes, the outbox marks what it sent.

const renderPayload = z.object({ orderId: z.string(), number: z.string() });

/** Renders an order's production files into storage and records its state. */
export async function renderOrderTask(payload: unknown, { attempt, maxAttempts }: JobContext): Promise<void> {
  const { orderId, number } = renderPayload.parse(payload);
  const order = await getOrderForMaker(number);
  if (!order) return;
  if (!isProducible(order.status)) {
    await setProductionState(orderId, 'cancelled', { attempts: attempt });
    return;
  }
  await setProductionState(orderId, 'rendering', { attempts: attempt });
  try {
    await renderOrderToStorage(order);
    await setProductionState(orderId, 'ready', { attempts: attempt });
    await emitEventNow('production.ready', productionReadyData(order.number));
    wakeWebhookDelivery();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A design production refuses (embroidery letters too small) fails the same way every time.
    const final = error instanceof SpecRefusal || attempt >= maxAttempts;
    await setProductionState(orderId, final ? 'failed' : 'queued', { attempts: attempt, lastError: message });
    if (!(error instanceof SpecRefusal)) throw error;
  }
}

/** What production.ready tells: the order and where its files are (GET /api/v1/orders/<number>/files). */
export function productionReadyData(number: string): Record<string, unknown> {
  return { number, filesUrl: `/api/v1/orders/${number}/files`, zipUrl: `/api/v1/orders/${number}/files.zip` };
}

// The cart cookie is set once, when the cart is made, for 90 days: after that nobody holds it.
const CART_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;
const DONE_JOBS_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Deletes carts nobody can reach any more (their cookie has expired), old finished jobs, and
 * uploads nothing uses that are older than UPLOAD_GRACE_DAYS (their objects too).
 */
export async function cleanUpTask(): Promise<void> {
  const conn = db();
  const now = Date.now();
  const carts = await conn.cart.deleteMany({
    where: { createdAt: { lt: new Date(now - CART_LIFETIME_MS) } },
  });
  const done = await conn.job.deleteMany({
    where: { state: 'done', updatedAt: { lt: new Date(now - DONE_JOBS_KEPT_MS) } },
  });
  const uploads = await deleteUnusedUploads(new Date(now - readEnv().uploadGraceMs), { conn });
  if (carts.count || done.count || uploads)
    logger().info(
      { task: 'clean-up', carts: carts.count, jobs: done.count, uploads },
      'removed expired carts, finished jobs and unused uploads',
    );
}

// A crash between an order's commit and queueing its render is found by the next sweep (every
// 30 s); an hour leaves room for a worker that was down a while. Orders from before the queue
// existed are not rendered in bulk: their files are built on request, as before.
const SWEEP_WINDOW_MS = 60 * 60 * 1000;

/** Queues what a crash between an order's commit and its jobs left out, and pending mail. */
export async function sweepTask(): Promise<void> {
  for (const order of await ordersNeverQueued(SWEEP_WINDOW_MS)) await enqueueRender(order);
  await enqueueOutboxDelivery();
  if (await webhooksDue()) await enqueueWebhookDelivery();
}

/** Every task the worker runs, by name. */
export const shopTasks: TaskList = {
  [TASKS.renderOrder]: renderOrderTask,
  [TASKS.deliverOutbox]: async () => {
    await deliverOutbox();
  },
  [TASKS.cleanUp]: cleanUpTask,
  [TASKS.sweep]: sweepTask,
  [TASKS.deliverWebhooks]: async () => {
    await deliverDueWebhooks();
  },
};
