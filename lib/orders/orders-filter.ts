// The orders lists (the studio's orders, its CSV export and the maker's queue) read the same
// query string: ?q=&status=&product=&from=&to=&sort=&after= (or &before=). Each field is read on
// its own, so one mistyped value is reported next to its field and the other filters still apply.
// Pages are keyset cursors on (placed at, id), so paging stays exact while new orders arrive.
import { z } from 'zod';
import { plainText } from '../plain-text';
import { ORDER_STATUSES, type OrderStatus } from './status';

export type OrdersFilter = {
  status?: OrderStatus;
  /** Placed on or after this UTC day (YYYY-MM-DD). */
  from?: string;
  /** Placed on or before this UTC day (YYYY-MM-DD). */
  to?: string;
  /** Orders with at least one line of this product (template slug). */
  product?: string;
  /** Part of an order number or of the shopper's e-mail address, as typed (any case). */
  q?: string;
};

export const ORDER_SORTS = ['newest', 'oldest'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];

/** A place in a list: the placement time (ms since the epoch) and id of an order. */
export type OrderCursor = { at: number; id: string };

/** A filter, an order and where the page starts: after a cursor (next) or before one (previous). */
export type OrdersQuery = {
  filter: OrdersFilter;
  sort?: OrderSort;
  after?: OrderCursor;
  before?: OrderCursor;
};

export type FilterErrors = Partial<Record<keyof OrdersFilter, string>>;

export const ORDERS_PAGE_SIZE = 50;

const day = z.iso.date({ error: 'Enter a date as YYYY-MM-DD.' });
const FIELDS = {
  q: plainText('Search for letters, digits and punctuation only (no control characters).').pipe(
    z.string().min(1).max(254, { error: 'Search for at most 254 characters.' }),
  ),
  status: z.enum(ORDER_STATUSES, { error: 'Choose a status from the list.' }),
  product: z.string().regex(/^[a-z0-9-]{1,80}$/, { error: 'Choose a product from the list.' }),
  from: day,
  to: day,
} as const;
type Field = keyof typeof FIELDS;
const ALL_FIELDS = Object.keys(FIELDS) as Field[];

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

const CURSOR = /^(\d{1,15})\.([A-Za-z0-9-]{1,64})$/;
const LAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A cursor as it travels in a URL: "<ms>.<id>". */
export function encodeCursor(cursor: OrderCursor): string {
  return `${cursor.at}.${cursor.id}`;
}

/** The cursor a URL carries, or undefined when it is not one (then the list starts at its first page). */
export function decodeCursor(value: string | undefined): OrderCursor | undefined {
  const match = value ? CURSOR.exec(value) : null;
  if (!match) return undefined;
  const at = Number(match[1]);
  // Up to the last millisecond of the year 9999: timestamps are compared as ISO text on SQLite.
  return at <= LAST_MS ? { at, id: match[2]! } : undefined;
}

/** The query and per-field problems of a query string; only `fields` are read (every one by default). */
export function parseOrdersQuery(
  params: Params,
  fields: readonly Field[] = ALL_FIELDS,
): OrdersQuery & { errors: FilterErrors } {
  const filter: OrdersFilter = {};
  const errors: FilterErrors = {};
  for (const key of fields) {
    const raw = first(params[key]);
    if (raw === undefined) continue;
    const parsed = FIELDS[key].safeParse(raw);
    if (parsed.success) Object.assign(filter, { [key]: parsed.data });
    else errors[key] = parsed.error.issues[0]?.message ?? 'Check this value.';
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    errors.to = 'The end date is before the start date.';
    delete filter.to;
  }
  const sort = ORDER_SORTS.find((s) => s === first(params.sort));
  const after = decodeCursor(first(params.after));
  const before = after ? undefined : decodeCursor(first(params.before));
  return {
    filter,
    ...(sort ? { sort } : {}),
    ...(after ? { after } : {}),
    ...(before ? { before } : {}),
    errors,
  };
}

/** The query string of a query, for links, paging and the CSV export ('' when there is nothing to say). */
export function ordersQueryString(
  { filter, sort, after, before }: OrdersQuery,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  for (const key of ALL_FIELDS) if (filter[key]) params.set(key, filter[key]);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  if (sort) params.set('sort', sort);
  if (after) params.set('after', encodeCursor(after));
  else if (before) params.set('before', encodeCursor(before));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The half-open UTC interval [gte, lt) of placement times a filter's dates select. */
export function placedBetween(filter: OrdersFilter): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (filter.from) range.gte = new Date(`${filter.from}T00:00:00.000Z`);
  if (filter.to) range.lt = new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 24 * 60 * 60 * 1000);
  return range;
}
