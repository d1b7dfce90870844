import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/client';

// Hand-written statements for the checkout hot path. Prisma compiles every model query anew
// (about half a millisecond of CPU each), which capped order throughput; these plain
// statements run unchanged on SQLite and PostgreSQL. Everything else uses the Prisma models.

type Tx = Pick<Db, '$executeRaw' | '$queryRaw'>;
type Provider = 'sqlite' | 'postgresql';

/** A timestamp as Prisma itself stores it: ISO text on SQLite, a timestamp on PostgreSQL. */
export const timestamp = (provider: Provider, at: Date): Date | string =>
  provider === 'sqlite' ? at.toISOString().replace('Z', '+00:00') : at;

/** The order an idempotency key already made, if any. */
export async function orderByKey(
  tx: Tx,
  key: string,
): Promise<{ number: string; viewToken: string; requestHash: string } | null> {
  const rows = await tx.$queryRaw<Array<{ number: string; viewToken: string; requestHash: string }>>`
    SELECT "number", "viewToken", "requestHash" FROM "Order" WHERE "idempotencyKey" = ${key}`;
  return rows[0] ?? null;
}

/** A cart's items, oldest first. */
export function cartItemRows(
  tx: Tx,
  cartId: string,
): Promise<Array<{ itemId: string; designId: string; quantity: number }>> {
  return tx.$queryRaw<Array<{ itemId: string; designId: string; quantity: number }>>`
    SELECT "id" AS "itemId", "designId", "quantity" FROM "CartItem" WHERE "cartId" = ${cartId} ORDER BY "createdAt", "id"`;
}

export type OrderRow = {
  id: string;
  number: string;
  email: string;
  address: string;
  shippingMethod: string;
  shippingMinor: number;
  subtotalMinor: number;
  totalMinor: number;
  currency: string;
  paymentProvider: string;
  paymentReference: string;
  paymentStatus: string;
  paymentNote: string;
  viewToken: string;
  idempotencyKey: string;
  requestHash: string;
  cartId: string | null;
};

export async function insertOrder(tx: Tx, o: OrderRow, at: Date | string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Order" ("id", "number", "status", "email", "address", "shippingMethod", "shippingMinor", "subtotalMinor", "totalMinor", "currency",
      "paymentProvider", "paymentReference", "paymentStatus", "paymentNote", "viewToken", "idempotencyKey", "requestHash", "cartId", "createdAt")
    VALUES (${o.id}, ${o.number}, 'placed', ${o.email}, ${o.address}, ${o.shippingMethod}, ${o.shippingMinor}, ${o.subtotalMinor}, ${o.totalMinor}, ${o.currency},
      ${o.paymentProvider}, ${o.paymentReference}, ${o.paymentStatus}, ${o.paymentNote}, ${o.viewToken}, ${o.idempotencyKey}, ${o.requestHash}, ${o.cartId}, ${at})`;
}

export type LineRow = {
  orderId: string;
  position: number;
  designId: string;
  templateVersionId: string;
  quantity: number;
  designSnapshot: string;
  quoteSnapshot: string;
  totalMinor: number;
};

export async function insertLine(tx: Tx, l: LineRow): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "OrderLine" ("id", "orderId", "position", "designId", "templateVersionId", "quantity", "designSnapshot", "quoteSnapshot", "totalMinor")
    VALUES (${randomUUID()}, ${l.orderId}, ${l.position}, ${l.designId}, ${l.templateVersionId}, ${l.quantity}, ${l.designSnapshot}, ${l.quoteSnapshot}, ${l.totalMinor})`;
}

export async function insertEvent(
  tx: Tx,
  orderId: string,
  toStatus: string,
  actor: string,
  at: Date | string,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "OrderEvent" ("id", "orderId", "fromStatus", "toStatus", "actor", "createdAt") VALUES (${randomUUID()}, ${orderId}, NULL, ${toStatus}, ${actor}, ${at})`;
}

export async function insertMessage(
  tx: Tx,
  orderId: string,
  m: { to: string; subject: string; text: string; html: string },
  at: Date | string,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "OutboxMessage" ("id", "orderId", "to", "subject", "text", "html", "attempts", "createdAt")
    VALUES (${randomUUID()}, ${orderId}, ${m.to}, ${m.subject}, ${m.text}, ${m.html}, 0, ${at})`;
}

/** Deletes exactly these items from a cart; returns how many were still there. */
export async function takeCartItems(
  tx: Tx,
  cartId: string,
  lines: Array<{ designId: string; quantity: number }>,
): Promise<number> {
  let taken = 0;
  for (const l of lines) {
    taken +=
      await tx.$executeRaw`DELETE FROM "CartItem" WHERE "cartId" = ${cartId} AND "designId" = ${l.designId} AND "quantity" = ${l.quantity}`;
  }
  return taken;
}

/** A design with its version and whether its product was archived, in one query. */
export async function designRow(
  tx: Tx,
  id: string,
): Promise<{ id: string; document: string; templateVersionId: string; archived: boolean } | null> {
  const rows = await tx.$queryRaw<
    Array<{ id: string; document: string; templateVersionId: string; archived: number }>
  >`
    SELECT d."id", d."document", d."templateVersionId", CASE WHEN t."archivedAt" IS NULL THEN 0 ELSE 1 END AS "archived"
    FROM "Design" d JOIN "TemplateVersion" v ON v."id" = d."templateVersionId" JOIN "Template" t ON t."id" = v."templateId"
    WHERE d."id" = ${id}`;
  const row = rows[0];
  return row ? { ...row, archived: Number(row.archived) === 1 } : null;
}
