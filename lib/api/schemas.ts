// The shapes of the public API (/api/v1). Requests are parsed with these schemas and the OpenAPI
// document is generated from them (lib/api/openapi.ts): one copy of every shape. Request bodies
// reuse the shop's own schemas (checkout, design, status changes), so their messages are the
// ones the shop shows.
import { z } from 'zod';
import { checkoutSchema, cartLineSchema } from '../checkout/schema';
import { designSchema } from '../design/schema';
import { saveDesignInput } from '../design/save-input';
import { cancelOrderSchema, markShippedSchema } from '../orders/maker-schema';
import { ORDER_STATUSES } from '../orders/status';
import { MAX_QUANTITY } from '../pricing/quote';

// ---- path and query parameters

export const slugParam = z
  .string()
  .regex(/^[a-z0-9-]{1,80}$/)
  .describe('The product’s web address, e.g. "iphone-17-case".');
export const versionParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(1_000_000)
  .describe('A published version number (1, 2, …).');
export const designIdParam = z
  .string()
  .regex(/^[0-9A-Za-z]{6,32}$/)
  .describe('A saved design’s id.');
export const orderNumberParam = z
  .string()
  .regex(/^OK-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
  .describe('An order number, e.g. "OK-7K4P-2QXM".');
export const fileNameParam = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,200}$/)
  .describe('A production file’s name, as listed.');

export const quoteQuery = z.object({
  quantity: z.coerce
    .number({ error: 'Quantity must be a number' })
    .int({ error: 'Quantity must be a whole number' })
    .min(1, { error: 'Quantity must be at least 1' })
    .max(MAX_QUANTITY, { error: `Quantity must be at most ${MAX_QUANTITY}` })
    .default(1)
    .describe('How many items to price (quantity breaks apply).'),
});

export const previewQuery = z.object({
  zone: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional()
    .describe('The zone to draw; the first zone with artwork when left out.'),
});

export const listOrdersQuery = z.object({
  status: z
    .enum(ORDER_STATUSES, { error: 'Choose a status from the list.' })
    .optional()
    .describe('Only orders in this status.'),
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Orders per page (1–100).'),
  cursor: z
    .string()
    .regex(/^\d{1,15}\.[A-Za-z0-9-]{1,64}$/, { error: 'Pass the nextCursor of the previous page.' })
    .optional()
    .describe('The `nextCursor` of the previous page; newest orders first.'),
});

export const idempotencyKeyHeader = z
  .string({ error: 'Send an Idempotency-Key header: a unique value per order you place.' })
  .min(1, { error: 'Send an Idempotency-Key header: a unique value per order you place.' })
  .max(255, { error: 'The Idempotency-Key is at most 255 characters.' })
  .regex(/^[\x21-\x7e]+$/, { error: 'The Idempotency-Key is printable ASCII without spaces.' })
  .describe('A unique value per order (a UUID): a retry with the same key and body returns the same order.');

// ---- request bodies

export const createDesignBody = saveDesignInput;

export const createOrderBody = checkoutSchema.extend({
  lines: z
    .array(cartLineSchema)
    .min(1, { error: 'Your cart is empty.' })
    .max(50, { error: 'A cart holds at most 50 items.' })
    .describe('Saved designs and how many of each. Prices are always computed by the server.'),
  expectedTotalMinor: z
    .number()
    .int()
    .min(0)
    .max(1_000_000_000)
    .optional()
    .describe(
      'The total you showed the buyer, in minor units: the order is refused when the server’s total differs.',
    ),
});
export type CreateOrderBody = z.infer<typeof createOrderBody>;

export const changeStatusBody = z.discriminatedUnion('status', [
  z.object({ status: z.literal('in_production') }),
  markShippedSchema.omit({ number: true }).extend({ status: z.literal('shipped') }),
  cancelOrderSchema.omit({ number: true }).extend({ status: z.literal('cancelled') }),
]);
export type ChangeStatusBody = z.infer<typeof changeStatusBody>;

// ---- responses

const money = (what: string) => z.number().int().describe(`${what}, in minor units (cents).`);
const isoTime = z.string().describe('An ISO 8601 time, UTC.');

export const versionSummary = z.object({
  id: z.string().describe('The template version id designs are saved against.'),
  version: z.number().int(),
  publishedAt: isoTime,
  note: z.string().nullable(),
});

export const productSummary = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.string().describe('The product kind (phone-case, mug, tee, jeans, tote, model).'),
  currency: z.string(),
  fromPriceMinor: money('The price of one item with the default choices'),
  latestVersion: versionSummary,
});
export const productList = z.object({ data: z.array(productSummary) });

export const productDetail = productSummary.extend({
  description: z.string(),
  versions: z.array(versionSummary).describe('Every published version, newest first.'),
});

export const productVersion = versionSummary.extend({
  slug: z.string(),
  template: z
    .record(z.string(), z.unknown())
    .describe('The template document of this version (sizes, options, zones, pricing).'),
});

export const quoteLine = z.object({
  kind: z.string(),
  label: z.string(),
  unitMinor: z.number().int().optional(),
  amountMinor: z.number().int(),
});
export const quoteShape = z.object({
  currency: z.string(),
  quantity: z.number().int(),
  unitPriceMinor: z.number().int(),
  lines: z.array(quoteLine),
  totalMinor: money('What the design costs at this quantity'),
});

export const designView = z.object({
  id: z.string(),
  createdAt: isoTime,
  product: z.string().describe('The product’s slug.'),
  templateVersionId: z.string(),
  version: z.number().int(),
  design: designSchema,
  quote: quoteShape.describe('The price of one item.'),
  url: z.string().describe('The shareable design page.'),
  previewUrl: z.string().describe('The artwork as an SVG (this API).'),
});

export const designCreated = z.object({ id: z.string(), url: z.string() });

export const orderLineView = z.object({
  position: z.number().int(),
  product: z.string(),
  templateVersionId: z.string(),
  version: z.number().int(),
  quantity: z.number().int(),
  quote: quoteShape,
});

export const orderEventView = z.object({ from: z.string().nullable(), to: z.string(), at: isoTime });

export const orderView = z.object({
  number: z.string(),
  status: z.enum(ORDER_STATUSES),
  createdAt: isoTime,
  email: z.string(),
  address: z.record(z.string(), z.unknown()),
  shippingMethod: z.string(),
  shippingMinor: money('Shipping'),
  subtotalMinor: money('The lines together'),
  totalMinor: money('What the buyer pays'),
  currency: z.string(),
  payment: z.object({ provider: z.string(), status: z.string(), note: z.string() }),
  trackingReference: z.string().nullable(),
  cancelReason: z.string().nullable(),
  url: z.string().describe('The buyer’s order page (carries its view token).'),
  lines: z.array(orderLineView),
  events: z.array(orderEventView),
});

export const orderSummary = z.object({
  number: z.string(),
  status: z.enum(ORDER_STATUSES),
  createdAt: isoTime,
  email: z.string(),
  items: z.number().int(),
  products: z.array(z.string()),
  totalMinor: z.number().int(),
  currency: z.string(),
});
export const orderList = z.object({
  data: z.array(orderSummary),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last.'),
});

export const productionFiles = z.object({
  state: z
    .enum(['queued', 'rendering', 'ready', 'failed', 'cancelled', 'unknown'])
    .describe(
      'Where the render job is; files are listed once ready, and downloads work before that too (built on request).',
    ),
  zipUrl: z.string(),
  files: z.array(
    z.object({ name: z.string(), contentType: z.string(), byteSize: z.number().int(), url: z.string() }),
  ),
});

export const problemShape = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
});
