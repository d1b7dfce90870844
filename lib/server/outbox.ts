import 'server-only';
import { db, type Db } from './db/client';
import { logger } from './ops/logger';

// Messages are written to the outbox in the same transaction as the order they announce, so
// an order is never confirmed without a message or the other way round. Delivery happens
// afterwards and is retried: at least once, through a pluggable sender.

export type OutgoingMessage = { to: string; subject: string; text: string; html: string };
export type MessageSender = (message: OutgoingMessage) => Promise<void>;

/** The default sender: writes one line to the server log instead of sending mail. */
export const logSender: MessageSender = (message) => {
  logger().info(
    { outbox: { to: message.to, subject: message.subject } },
    'message logged, not sent (no mail sender)',
  );
  return Promise.resolve();
};

let sender: MessageSender = logSender;

/** Replaces the sender (an SMTP or API sender in production, a recorder in tests). */
export function setMessageSender(next: MessageSender): void {
  sender = next;
}

const MAX_ATTEMPTS = 5;
let running: Promise<number> | null = null;

async function deliver(conn: Db): Promise<number> {
  const pending = await conn.outboxMessage.findMany({
    where: { sentAt: null, attempts: { lt: MAX_ATTEMPTS } },
    orderBy: { createdAt: 'asc' },
    take: 200,
  });
  const sent: string[] = [];
  for (const m of pending) {
    try {
      await sender({ to: m.to, subject: m.subject, text: m.text, html: m.html });
      sent.push(m.id);
    } catch (error) {
      await conn.outboxMessage.update({
        where: { id: m.id },
        data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 500) },
      });
    }
  }
  // One write for the batch. A crash before it means these are sent again: at least once.
  if (sent.length > 0)
    await conn.outboxMessage.updateMany({
      where: { id: { in: sent } },
      data: { sentAt: new Date(), attempts: { increment: 1 } },
    });
  return sent.length;
}

/** Sends what is waiting in the outbox; one run at a time per process. Returns how many were sent. */
export async function deliverOutbox(conn: Db = db()): Promise<number> {
  while (running) await running.catch(() => 0);
  running = deliver(conn);
  try {
    return await running;
  } finally {
    running = null;
  }
}

let scheduled = false;

/**
 * Starts delivery shortly after an order commits. Orders placed in the same moment share one
 * run, so a burst of checkouts costs a few outbox queries, not a few per order.
 */
export function scheduleOutboxDelivery(conn: Db = db(), delayMs = 50): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    void deliverOutbox(conn).catch((error: unknown) =>
      logger().error({ err: error }, 'outbox delivery failed'),
    );
  }, delayMs).unref();
}
