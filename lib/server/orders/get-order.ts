import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import type { Address } from '../../checkout/schema';
import { designSchema, type Design } from '../../design/schema';
import { isOrderStatus, type OrderStatus } from '../../orders/status';
import type { Quote } from '../../pricing/quote';
import { db, type Db } from '../db/client';
import { uploadsFor } from '../designs';
import { getTemplateVersion, type PublishedTemplate } from '../templates';
import type { UploadInfo } from '../uploads';
import { looksLikeOrderNumber } from './order-number';

// Reading orders back. Every line is shown from what the order froze (the design and quote
// snapshots) with the immutable template version it was made on, never from live data.

export type OrderLineView = {
  id: string;
  position: number;
  quantity: number;
  version: PublishedTemplate;
  design: Design;
  quote: Quote;
  uploads: Record<string, UploadInfo>;
};

export type OrderView = {
  number: string;
  status: OrderStatus;
  createdAt: string;
  email: string;
  address: Address;
  shippingMethod: string;
  shippingMinor: number;
  subtotalMinor: number;
  totalMinor: number;
  currency: string;
  payment: { provider: string; reference: string; status: string; note: string };
  viewToken: string;
  /** The carrier's reference, once the maker has shipped the order. */
  trackingReference: string | null;
  /** Why the studio cancelled the order, when it did. */
  cancelReason: string | null;
  lines: OrderLineView[];
  /** Status changes; `note` is the actor's (a cancellation's reason), for staff only. */
  events: Array<{ from: string | null; to: string; actor: string; at: string; note: string | null }>;
};

async function load(number: string, conn: Db): Promise<OrderView | null> {
  const row = await conn.order.findUnique({
    where: { number },
    include: { lines: { orderBy: { position: 'asc' } }, events: { orderBy: { createdAt: 'asc' } } },
  });
  if (!row || !isOrderStatus(row.status)) return null;
  const lines = await Promise.all(
    row.lines.map(async (line) => {
      const version = await getTemplateVersion(line.templateVersionId, conn);
      if (!version) throw new Error(`Order ${number} points at a missing template version`);
      const design = designSchema.parse(JSON.parse(line.designSnapshot));
      return {
        id: line.id,
        position: line.position,
        quantity: line.quantity,
        version,
        design,
        quote: JSON.parse(line.quoteSnapshot) as Quote,
        uploads: await uploadsFor(design, conn),
      };
    }),
  );
  return {
    number: row.number,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    email: row.email,
    address: JSON.parse(row.address) as Address,
    shippingMethod: row.shippingMethod,
    shippingMinor: row.shippingMinor,
    subtotalMinor: row.subtotalMinor,
    totalMinor: row.totalMinor,
    currency: row.currency,
    payment: {
      provider: row.paymentProvider,
      reference: row.paymentReference,
      status: row.paymentStatus,
      note: row.paymentNote,
    },
    viewToken: row.viewToken,
    trackingReference: row.trackingReference,
    cancelReason: row.cancelReason,
    lines,
    events: row.events.map((e) => ({
      from: e.fromStatus,
      to: e.toStatus,
      actor: e.actor,
      at: e.createdAt.toISOString(),
      note: e.note,
    })),
  };
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** An order for whoever holds its view token (from the confirmation or a lookup), else null. */
export async function getOrder(number: string, token: string, conn: Db = db()): Promise<OrderView | null> {
  if (!looksLikeOrderNumber(number) || !token) return null;
  const order = await load(number, conn);
  return order && same(order.viewToken, token) ? order : null;
}

/** An order by number with no token: only for the maker's area, behind its own check. */
export async function getOrderForMaker(number: string, conn: Db = db()): Promise<OrderView | null> {
  return looksLikeOrderNumber(number) ? load(number, conn) : null;
}

/** Finds an order by its number and the e-mail it was placed with; returns its view token. */
export async function lookUpOrder(number: string, email: string, conn: Db = db()): Promise<string | null> {
  const normalised = number.trim().toUpperCase();
  if (!looksLikeOrderNumber(normalised)) return null;
  const row = await conn.order.findUnique({
    where: { number: normalised },
    select: { email: true, viewToken: true },
  });
  return row && row.email.toLowerCase() === email.trim().toLowerCase() ? row.viewToken : null;
}
