import 'server-only';
import { db, type Db } from './db/client';

// Messages are written to the outbox in the same transaction as the order they announce, so
// an order is never confirmed without a message or the other way round. Delivery happens
// afterwards and is retried: at least once, through a pluggable sender.

export type OutgoingMessage = { to: string; subject: string; text: string; html: string };
export type MessageSender = (message: OutgoingMessage) => Promise<void>;

/** The default sender: writes one line to the server log instead of sending mail. */
export const logSender: MessageSender = (message) => {
  console.info(`[outbox] to ${message.to}: ${message.subject}`);
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
  const pending = await conn.outboxMessage.findMany({ where: { sentAt: null, attempts: { lt: MAX_ATTEMPTS } }, orderBy: { createdAt: 'asc' }, take: 100 });
  let sent = 0;
  for (const m of pending) {
    try {
      await sender({ to: m.to, subject: m.subject, text: m.text, html: m.html });
      await conn.outboxMessage.update({ where: { id: m.id }, data: { sentAt: new Date(), attempts: { increment: 1 } } });
      sent++;
    } catch (error) {
      await conn.outboxMessage.update({ where: { id: m.id }, data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 500) } });
    }
  }
  return sent;
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

let again = false;

/**
 * Starts delivery in the background after an order commits. Calls that arrive during a run
 * are folded into one more run, so a burst of orders costs a few outbox queries, not one each.
 */
export function scheduleOutboxDelivery(conn: Db = db()): void {
  if (running) {
    again = true;
    return;
  }
  void deliverOutbox(conn)
    .catch((error: unknown) => console.error('outbox delivery failed', error))
    .finally(() => {
      if (again) {
        again = false;
        scheduleOutboxDelivery(conn);
      }
    });
}
