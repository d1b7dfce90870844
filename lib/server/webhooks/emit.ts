import 'server-only';
import type { WebhookEvent, WebhookPayload } from '../../webhooks/events';
import { db, providerOf, type Db } from '../db/client';
import { shortId } from '../ids';
import { timestamp } from '../orders/order-sql';

// Every webhook event starts here, at its source, inside the source's own transaction where
// there is one: emitting only writes a delivery row per subscribed endpoint (the outbox), so a
// slow or failing endpoint can never slow the checkout. The worker delivers them
// (deliver.ts, the deliver-webhooks job); wakeWebhookDelivery() after the commit starts it now.

type Tx = Pick<Db, '$executeRaw' | '$queryRaw'>;

/**
 * Writes the deliveries of one event (one per endpoint that wants it) and returns the event id
 * ("evt_…"), the same on every attempt. Pass the transaction of the change it announces.
 */
export async function emitEvent(
  tx: Tx,
  provider: 'sqlite' | 'postgresql',
  type: WebhookEvent,
  data: Record<string, unknown>,
  at = new Date(),
): Promise<string> {
  const eventId = `evt_${shortId(24)}`;
  const endpoints = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "WebhookEndpoint" WHERE "disabledAt" IS NULL AND (',' || "events" || ',') LIKE ${`%,${type},%`}`;
  if (endpoints.length === 0) return eventId;
  const payload: WebhookPayload = { type, timestamp: at.toISOString(), data };
  const body = JSON.stringify(payload);
  const when = timestamp(provider, at);
  for (const endpoint of endpoints) {
    await tx.$executeRaw`
      INSERT INTO "WebhookDelivery" ("id", "endpointId", "eventId", "eventType", "payload", "state", "attempts", "nextAttemptAt", "createdAt")
      VALUES (${`${eventId}_${endpoint.id}`}, ${endpoint.id}, ${eventId}, ${type}, ${body}, 'pending', 0, ${when}, ${when})`;
  }
  return eventId;
}

/** Emits an event outside any transaction of its own (a change already committed). */
export async function emitEventNow(
  type: WebhookEvent,
  data: Record<string, unknown>,
  conn: Db = db(),
): Promise<string> {
  return emitEvent(conn, providerOf(conn), type, data);
}

type Waker = () => void;
const globalForWebhooks = globalThis as unknown as { onekindWebhookWaker?: Waker };

/**
 * Asks the worker to deliver what is pending now instead of at its next sweep. Never throws
 * and never waits: the caller's answer does not depend on it.
 */
export function wakeWebhookDelivery(): void {
  globalForWebhooks.onekindWebhookWaker?.();
}

/** Installs what waking does (lib/server/jobs/enqueue.ts queues the deliver-webhooks job). */
export function setWebhookWaker(waker: Waker | undefined): void {
  globalForWebhooks.onekindWebhookWaker = waker;
}
