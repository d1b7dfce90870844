import { MAKER_AREA } from '@/lib/auth/roles';
import { routeUser } from '@/lib/server/auth/guard';
import { attachment, handleDownload } from '@/lib/server/http/download';
import { HttpError } from '@/lib/server/http/json';
import { orderToProduce } from '@/lib/server/maker/order-to-produce';
import { orderFile } from '@/lib/server/production/order-files';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ number: string; name: string }> };

/**
 * One production file of an order. Makers and admins only (401 signed out, 403 for another
 * role); 409 once the order is cancelled.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handleDownload(async () => {
    await routeUser(MAKER_AREA);
    const { number, name } = await params;
    const file = await orderFile(await orderToProduce(number), name);
    if (!file) throw new HttpError(404, 'No such file.');
    return attachment(file.bytes, file.name, file.contentType);
  });
}
