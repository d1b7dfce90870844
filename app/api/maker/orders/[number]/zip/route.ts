import { MAKER_AREA } from '@/lib/auth/roles';
import { routeUser } from '@/lib/server/auth/guard';
import { handleDownload } from '@/lib/server/http/download';
import { orderToProduce } from '@/lib/server/maker/order-to-produce';
import { orderZipResponse } from '@/lib/server/production/downloads';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ number: string }> };

/**
 * Every production file of an order in one ZIP, streamed from storage once rendered. Makers
 * and admins only (401 signed out, 403 for another role); 409 once the order is cancelled.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handleDownload(async () => {
    await routeUser(MAKER_AREA);
    return orderZipResponse(await orderToProduce((await params).number));
  });
}
