// The studio's orders view and its CSV export filter by the same query string:
// ?status=&from=&to=&product=&q=&page=. Each field is read on its own, so one mistyped value is
// reported next to its field and the other filters still apply.
import { z } from 'zod';
import { ORDER_STATUSES, type OrderStatus } from './status';

export type OrdersFilter = {
  status?: OrderStatus;
  /** Placed on or after this UTC day (YYYY-MM-DD). */
  from?: string;
  /** Placed on or before this UTC day (YYYY-MM-DD). */
  to?: string;
  /** Orders with at least one line of this product (template slug). */
  product?: string;
  /** Part of an order number or of the shopper's e-mail address. */
  q?: string;
};

export const ORDERS_PAGE_SIZE = 50;

const day = z.iso.date({ error: 'Enter a date as YYYY-MM-DD.' });
const FIELDS = {
  status: z.enum(ORDER_STATUSES, { error: 'Choose a status from the list.' }),
  from: day,
  to: day,
  product: z.string().regex(/^[a-z0-9-]{1,80}$/, { error: 'Choose a product from the list.' }),
  q: z.string().trim().min(1).max(254, { error: 'Search for at most 254 characters.' }),
} as const;

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** The filter, page and per-field problems a query string describes. */
export function parseOrdersFilter(params: Params): { filter: OrdersFilter; page: number; errors: Partial<Record<keyof OrdersFilter, string>> } {
  const filter: OrdersFilter = {};
  const errors: Partial<Record<keyof OrdersFilter, string>> = {};
  for (const key of Object.keys(FIELDS) as Array<keyof OrdersFilter>) {
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
  const page = Number(first(params.page) ?? 1);
  return { filter, page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1, errors };
}

/** The query string of a filter (and page), for links, paging and the CSV export. */
export function ordersFilterQuery(filter: OrdersFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (page > 1) params.set('page', String(page));
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
