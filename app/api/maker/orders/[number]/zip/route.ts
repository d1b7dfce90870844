import { attachment, handleDownload } from '@/lib/server/http/download';
import { HttpError } from '@/lib/server/http/json';
import { isMaker } from '@/lib/server/maker/session';
import { getOrderForMaker } from '@/lib/server/orders/get-order';
import { orderZip } from '@/lib/server/production/order-files';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ number: string }> };

/** Every production file of an order in one ZIP. Makers only. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handleDownload(async () => {
    if (!(await isMaker())) throw new HttpError(401, 'Sign in to the maker area first.');
    const order = await getOrderForMaker((await params).number);
    if (!order) throw new HttpError(404, 'No such order.');
    return attachment(await orderZip(order), `${order.number}.zip`, 'application/zip');
  });
}
