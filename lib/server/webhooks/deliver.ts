import 'server-only';
import { randomUUID } from 'node:crypto';
import { nextAttemptAt } from '../../webhooks/backoff';
import { db, type Db } from '../db/client';
import { signedHeaders } from './signing';

// Delivers pending webhook deliveries whose time has come: one POST per delivery, signed
// (signing.ts), with a timeout. A 2xx answer delivers it; anything else (another status, a
// timeout, a refused connection) is recorded as an attempt and retried with exponential backoff
// until 24 hours after the event, then the delivery is failed. Run by the deliver-webhooks job.

export const WEBHOOK_TIMEOUT_MS = 10_000;
/** How long a claimed delivery stays out of other runs' reach (a run that died releases it then). */
const CLAIM_MS = 60_000;
const BATCH = 50;

export type DeliverOptions = { now?: () => Date; timeoutMs?: number };

type Due = Awaited<ReturnType<typeof dueDeliveries>>[number];

function dueDeliveries(conn: Db, now: Date) {
  return conn.webhookDelivery.findMany({
    where: { state: 'pending', nextAttemptAt: { lte: now }, endpoint: { disabledAt: null } },
    orderBy: { nextAttemptAt: 'asc' },
    take: BATCH,
    include: { endpoint: true },
  });
}

/** One attempt: what the endpoint answered and how long it took. */
async function post(
  d: Due,
  at: Date,
  timeoutMs: number,
): Promise<{ status: number | null; ms: number; error: string | null }> {
  const started = performance.now();
  try {
    const response = await fetch(d.endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Onekind-Webhooks/1.0',
        ...signedHeaders(d.endpoint, d.eventId, at, d.payload),
      },
      body: d.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return {
      status: response.status,
      ms: Math.round(performance.now() - started),
      error: response.ok ? null : `HTTP ${response.status}`,
    };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return {
      status: null,
      ms: Math.round(performance.now() - started),
      error: timedOut
        ? `No answer within ${timeoutMs / 1000} s`
        : `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 500),
    };
  }
}

async function attempt(conn: Db, d: Due, now: () => Date, timeoutMs: number): Promise<boolean> {
  // Claim it: a run elsewhere that read the same row finds it moved and leaves it.
  const claimed = await conn.webhookDelivery.updateMany({
    where: { id: d.id, state: 'pending', nextAttemptAt: d.nextAttemptAt },
    data: { nextAttemptAt: new Date(now().getTime() + timeoutMs + CLAIM_MS) },
  });
  if (claimed.count === 0) return false;
  const at = now();
  const result = await post(d, at, timeoutMs);
  const delivered = result.status !== null && result.status >= 200 && result.status < 300;
  const attempts = d.attempts + 1;
  const next = delivered ? null : nextAttemptAt(d.createdAt, attempts, now());
  await conn.$transaction([
    conn.webhookAttempt.create({
      data: {
        id: randomUUID(),
        deliveryId: d.id,
        status: result.status,
        ms: result.ms,
        error: result.error,
        at,
      },
    }),
    conn.webhookDelivery.update({
      where: { id: d.id },
      data: {
        attempts,
        lastStatus: result.status,
        lastMs: result.ms,
        lastError: result.error,
        state: delivered ? 'delivered' : next ? 'pending' : 'failed',
        nextAttemptAt: next ?? at,
        ...(delivered ? { deliveredAt: now() } : {}),
      },
    }),
  ]);
  return delivered;
}

/** Attempts every delivery that is due, at once (each bounded by the timeout). Returns how many were delivered. */
export async function deliverDueWebhooks(
  conn: Db = db(),
  { now = () => new Date(), timeoutMs = WEBHOOK_TIMEOUT_MS }: DeliverOptions = {},
): Promise<number> {
  let delivered = 0;
  for (;;) {
    const due = await dueDeliveries(conn, now());
    if (due.length === 0) return delivered;
    const results = await Promise.all(due.map((d) => attempt(conn, d, now, timeoutMs)));
    delivered += results.filter(Boolean).length;
    if (due.length < BATCH) return delivered;
  }
}

/** True when a delivery is due now (the sweep queues a run then). */
export async function webhooksDue(conn: Db = db(), now = new Date()): Promise<boolean> {
  return (await conn.webhookDelivery.count({ where: { state: 'pending', nextAttemptAt: { lte: now } } })) > 0;
}
