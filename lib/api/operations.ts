// Every operation of the public API, once: its route, the scope it needs, the schemas of its
// parameters and body (the same objects the handlers parse with) and what it answers. The
// OpenAPI document and the reference page are generated from this list.
import { z } from 'zod';
import type { ApiScope } from './scopes';
import * as s from './schemas';

export type ApiResponse = {
  description: string;
  /** A JSON body (application/json) of this shape. */
  schema?: z.ZodType;
  /** Another content type (a file, an image). */
  contentType?: string;
};

export type ApiOperation = {
  id: string;
  method: 'get' | 'post';
  /** OpenAPI path, parameters in braces. */
  path: string;
  summary: string;
  /** Null: public (the document itself). */
  scope: ApiScope | null;
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: Record<string, { schema: z.ZodType; required: boolean }>;
  body?: z.ZodType;
  /** A request body a developer can start from (shown on the reference page). */
  example?: unknown;
  responses: Record<number, ApiResponse>;
};

const problems = (...statuses: number[]): Record<number, ApiResponse> =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: PROBLEM_TEXT[status] ?? 'A problem.', schema: s.problemShape },
    ]),
  );

const PROBLEM_TEXT: Record<number, string> = {
  401: 'No API key, or an unknown or revoked one.',
  403: 'The key lacks the scope this operation needs.',
  404: 'No such thing.',
  409: 'The request conflicts with the current state (an order that cannot move so, a reused Idempotency-Key).',
  422: 'The request is well-formed but refused; `errors` lists each field’s problem.',
  428: 'The Idempotency-Key header is missing.',
  429: 'Too many requests with this key; wait `Retry-After` seconds.',
};
const AUTH = [401, 403, 429] as const;

const orderParams = z.object({ number: s.orderNumberParam });

export const API_OPERATIONS: ApiOperation[] = [
  {
    id: 'listProducts',
    method: 'get',
    path: '/api/v1/products',
    summary: 'List the products in the shop, each with its latest published version.',
    scope: 'catalogue:read',
    responses: { 200: { description: 'The catalogue.', schema: s.productList }, ...problems(...AUTH) },
  },
  {
    id: 'getProduct',
    method: 'get',
    path: '/api/v1/products/{slug}',
    summary: 'One product with all its published versions.',
    scope: 'catalogue:read',
    params: z.object({ slug: s.slugParam }),
    responses: { 200: { description: 'The product.', schema: s.productDetail }, ...problems(...AUTH, 404) },
  },
  {
    id: 'getProductVersion',
    method: 'get',
    path: '/api/v1/products/{slug}/versions/{version}',
    summary: 'A published version of a product with its template document (immutable).',
    scope: 'catalogue:read',
    params: z.object({ slug: s.slugParam, version: s.versionParam }),
    responses: { 200: { description: 'The version.', schema: s.productVersion }, ...problems(...AUTH, 404) },
  },
  {
    id: 'createDesign',
    method: 'post',
    path: '/api/v1/designs',
    summary:
      'Save a design document for a published version; it is validated with the shop’s production rules.',
    scope: 'designs:write',
    body: s.createDesignBody,
    example: {
      templateVersionId: '<latestVersion.id of GET /api/v1/products/iphone-17-case>',
      design: { schemaVersion: 1, variantId: 'default', selection: {}, zones: {} },
    },
    responses: { 201: { description: 'Saved.', schema: s.designCreated }, ...problems(...AUTH, 422) },
  },
  {
    id: 'getDesign',
    method: 'get',
    path: '/api/v1/designs/{id}',
    summary: 'A saved design with its price for one item.',
    scope: 'catalogue:read',
    params: z.object({ id: s.designIdParam }),
    responses: { 200: { description: 'The design.', schema: s.designView }, ...problems(...AUTH, 404) },
  },
  {
    id: 'quoteDesign',
    method: 'get',
    path: '/api/v1/designs/{id}/quote',
    summary: 'The server’s price of a saved design at a quantity: verify what the embed reported.',
    scope: 'catalogue:read',
    params: z.object({ id: s.designIdParam }),
    query: s.quoteQuery,
    responses: { 200: { description: 'The quote.', schema: s.quoteShape }, ...problems(...AUTH, 404, 422) },
  },
  {
    id: 'getDesignPreview',
    method: 'get',
    path: '/api/v1/designs/{id}/preview',
    summary: 'The artwork of one zone of a saved design as SVG (the product drawing when it has none).',
    scope: 'catalogue:read',
    params: z.object({ id: s.designIdParam }),
    query: s.previewQuery,
    responses: {
      200: { description: 'An SVG image.', contentType: 'image/svg+xml' },
      ...problems(...AUTH, 404),
    },
  },
  {
    id: 'createOrder',
    method: 'post',
    path: '/api/v1/orders',
    summary:
      'Place an order for saved designs. The server prices every line; the Idempotency-Key makes retries safe.',
    scope: 'orders:write',
    headers: { 'Idempotency-Key': { schema: s.idempotencyKeyHeader, required: true } },
    body: s.createOrderBody,
    example: {
      email: 'ada@example.com',
      address: {
        name: 'Ada Lovelace',
        line1: 'Hauptstraße 1',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
      shippingMethod: 'standard',
      lines: [{ designId: '<a design id>', quantity: 1 }],
    },
    responses: {
      201: { description: 'Placed.', schema: s.orderView },
      200: { description: 'The same order again: a retry with the same key and body.', schema: s.orderView },
      ...problems(...AUTH, 409, 422, 428),
    },
  },
  {
    id: 'listOrders',
    method: 'get',
    path: '/api/v1/orders',
    summary: 'Orders, newest first, a page at a time (cursor paging stays exact while orders arrive).',
    scope: 'orders:read',
    query: s.listOrdersQuery,
    responses: { 200: { description: 'A page of orders.', schema: s.orderList }, ...problems(...AUTH, 422) },
  },
  {
    id: 'getOrder',
    method: 'get',
    path: '/api/v1/orders/{number}',
    summary: 'One order with its lines (frozen prices) and status history.',
    scope: 'orders:read',
    params: orderParams,
    responses: { 200: { description: 'The order.', schema: s.orderView }, ...problems(...AUTH, 404) },
  },
  {
    id: 'changeOrderStatus',
    method: 'post',
    path: '/api/v1/orders/{number}/status',
    summary:
      'Move an order: placed → in_production → shipped (with a tracking reference), or placed → cancelled (with a reason).',
    scope: 'orders:write',
    params: orderParams,
    body: s.changeStatusBody,
    example: { status: 'shipped', trackingReference: '1Z999AA10123456784' },
    responses: {
      200: { description: 'The order after the change.', schema: s.orderView },
      ...problems(...AUTH, 404, 409, 422),
    },
  },
  {
    id: 'listProductionFiles',
    method: 'get',
    path: '/api/v1/orders/{number}/files',
    summary:
      'The order’s production files (print PDFs, SVGs, PNGs, spec.json, production sheet) once rendered.',
    scope: 'production:read',
    params: orderParams,
    responses: {
      200: { description: 'The files.', schema: s.productionFiles },
      ...problems(...AUTH, 404, 409),
    },
  },
  {
    id: 'getProductionFile',
    method: 'get',
    path: '/api/v1/orders/{number}/files/{name}',
    summary: 'One production file.',
    scope: 'production:read',
    params: z.object({ number: s.orderNumberParam, name: s.fileNameParam }),
    responses: {
      200: { description: 'The file.', contentType: 'application/octet-stream' },
      ...problems(...AUTH, 404, 409, 422),
    },
  },
  {
    id: 'getProductionZip',
    method: 'get',
    path: '/api/v1/orders/{number}/files.zip',
    summary: 'Every production file of the order in one ZIP.',
    scope: 'production:read',
    params: orderParams,
    responses: {
      200: { description: 'A ZIP archive.', contentType: 'application/zip' },
      ...problems(...AUTH, 404, 409, 422),
    },
  },
];

/** An operation by id (the route handlers name theirs). */
export function apiOperation(id: string): ApiOperation {
  const op = API_OPERATIONS.find((o) => o.id === id);
  if (!op) throw new Error(`No API operation ${id}`);
  return op;
}
