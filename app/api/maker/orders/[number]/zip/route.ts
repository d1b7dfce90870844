import { MAKER_AREA } from '@/lib/auth/roles';
import { routeUser } from '@/lib/server/auth/guard';
import { attachment, handleDownload } from '@/lib/server/http/download';
import { HttpError } from '@/lib/server/http/json';
import { getOrderForMaker } from '@/lib/server/orders/get-order';
import { orderZip } from '@/lib/server/production/order-files';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ number: string }> };

/** Every production file of an order in one ZIP. Makers and admins only (401 signed out, 403 for another role). */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handleDownload(async () => {
    await routeUser(MAKER_AREA);
    const order = await getOrderForMaker((await params).number);
    if (!order) throw new HttpError(404, 'No such order.');
    return attachment(await orderZip(order), `${order.number}.zip`, 'application/zip');
  });
}
