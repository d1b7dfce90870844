import { STUDIO } from '@/lib/auth/roles';
import { parseOrdersQuery } from '@/lib/orders/orders-filter';
import { routeUser } from '@/lib/server/auth/guard';
import { attachment, handleDownload } from '@/lib/server/http/download';
import { HttpError } from '@/lib/server/http/json';
import { ordersCsv } from '@/lib/server/studio/orders-report';

export const dynamic = 'force-dynamic';

/** The studio's filtered orders as CSV, one record per order line. Admins only (401 signed out, 403 for makers); 422 for a bad filter. */
export async function GET(request: Request): Promise<Response> {
  return handleDownload(async () => {
    await routeUser(STUDIO);
    const { filter, errors } = parseOrdersQuery(Object.fromEntries(new URL(request.url).searchParams));
    const problems = Object.entries(errors).map(([field, message]) => `${field}: ${message}`);
    if (problems.length) throw new HttpError(422, problems.join(' '));
    // A byte-order mark, so spreadsheets read the file as UTF-8 (names, "×", "€").
    const bytes = new TextEncoder().encode(`\uFEFF${await ordersCsv(filter)}`);
    return attachment(
      bytes,
      `onekind-orders-${new Date().toISOString().slice(0, 10)}.csv`,
      'text/csv; charset=utf-8',
    );
  });
}
