import 'server-only';
import { randomUUID } from 'node:crypto';
import { parseEvents, type CreateEndpointInput, type WebhookEvent } from '../../webhooks/events';
import { db, type Db } from '../db/client';
import { newWebhookSecret } from './signing';

// The studio's webhook endpoints and their deliveries, as plain objects.

/** How long a rotated-out secret keeps signing, so receivers can switch without losing events. */
export const PREVIOUS_SECRET_VALID_MS = 24 * 60 * 60 * 1000;

export type EndpointView = {
  id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  createdAt: string;
  secret: string;
  previousSecretExpiresAt: string | null;
  counts: { pending: number; delivered: number; failed: number };
};

export type AttemptView = { status: number | null; ms: number; error: string | null; at: string };
export type DeliveryView = {
  id: string;
  eventId: string;
  eventType: string;
  state: string;
  attempts: number;
  lastStatus: number | null;
  lastMs: number | null;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
  deliveredAt: string | null;
  tries: AttemptView[];
};

type Row = Awaited<ReturnType<Db['webhookEndpoint']['findMany']>>[number];

function view(row: Row, counts: EndpointView['counts']): EndpointView {
  const previousValid = row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date();
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: parseEvents(row.events),
    createdAt: row.createdAt.toISOString(),
    secret: row.secret,
    previousSecretExpiresAt: previousValid ? row.previousSecretExpiresAt!.toISOString() : null,
    counts,
  };
}

async function countsOf(conn: Db, endpointId?: string) {
  const groups = await conn.webhookDelivery.groupBy({
    by: ['endpointId', 'state'],
    _count: { _all: true },
    ...(endpointId ? { where: { endpointId } } : {}),
  });
  return (id: string) => {
    const of = (state: string) =>
      groups.find((g) => g.endpointId === id && g.state === state)?._count._all ?? 0;
    return { pending: of('pending'), delivered: of('delivered'), failed: of('failed') };
  };
}

/** Every endpoint, oldest first, with its deliveries counted by state. */
export async function listEndpoints(conn: Db = db()): Promise<EndpointView[]> {
  const rows = await conn.webhookEndpoint.findMany({
    where: { disabledAt: null },
    orderBy: { createdAt: 'asc' },
  });
  const counts = await countsOf(conn);
  return rows.map((row) => view(row, counts(row.id)));
}

/** One endpoint, or null. */
export async function getEndpoint(id: string, conn: Db = db()): Promise<EndpointView | null> {
  const row = await conn.webhookEndpoint.findFirst({ where: { id, disabledAt: null } });
  return row ? view(row, (await countsOf(conn, id))(id)) : null;
}

/** Registers an endpoint with a new secret. */
export async function createEndpoint(input: CreateEndpointInput, conn: Db = db()): Promise<{ id: string }> {
  const id = randomUUID();
  await conn.webhookEndpoint.create({
    data: {
      id,
      url: input.url,
      description: input.description,
      events: input.events.join(','),
      secret: newWebhookSecret(),
    },
  });
  return { id };
}

/** A new secret; the old one keeps signing (as a second signature) for 24 hours. */
export async function rotateEndpointSecret(id: string, conn: Db = db(), now = new Date()): Promise<boolean> {
  const row = await conn.webhookEndpoint.findFirst({ where: { id, disabledAt: null } });
  if (!row) return false;
  await conn.webhookEndpoint.update({
    where: { id },
    data: {
      secret: newWebhookSecret(),
      previousSecret: row.secret,
      previousSecretExpiresAt: new Date(now.getTime() + PREVIOUS_SECRET_VALID_MS),
    },
  });
  return true;
}

/** Removes an endpoint with its deliveries. */
export async function deleteEndpoint(id: string, conn: Db = db()): Promise<boolean> {
  const { count } = await conn.webhookEndpoint.deleteMany({ where: { id } });
  return count > 0;
}

/** An endpoint's latest deliveries, newest first, with their attempts. */
export async function listDeliveries(
  endpointId: string,
  conn: Db = db(),
  take = 50,
): Promise<DeliveryView[]> {
  const rows = await conn.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    include: { tries: { orderBy: { at: 'asc' } } },
  });
  return rows.map((d) => ({
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    state: d.state,
    attempts: d.attempts,
    lastStatus: d.lastStatus,
    lastMs: d.lastMs,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    nextAttemptAt: d.nextAttemptAt.toISOString(),
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    tries: d.tries.map((t) => ({ status: t.status, ms: t.ms, error: t.error, at: t.at.toISOString() })),
  }));
}

/**
 * Sends a delivery again now, with the same event id and body (receivers de-duplicate by it).
 * A failed one gets one more attempt (and its retries while the 24 hours last).
 */
export async function redeliver(deliveryId: string, conn: Db = db()): Promise<{ endpointId: string } | null> {
  const row = await conn.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: { endpointId: true },
  });
  if (!row) return null;
  await conn.webhookDelivery.update({
    where: { id: deliveryId },
    data: { state: 'pending', nextAttemptAt: new Date() },
  });
  return row;
}
