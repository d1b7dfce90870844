import 'server-only';
import { isProducible } from '../../orders/status';
import { HttpError } from '../http/json';
import { getOrderForMaker, type OrderView } from '../orders/get-order';

/**
 * The order whose production files a maker asks for: 404 when there is none, 409 when it was
 * cancelled (nothing of it is to be made, so its files are not handed out), with the reason.
 */
export async function orderToProduce(number: string): Promise<OrderView> {
  const order = await getOrderForMaker(number);
  if (!order) throw new HttpError(404, 'No such order.');
  if (!isProducible(order.status)) {
    const reason = order.cancelReason ? ` (${order.cancelReason})` : '';
    throw new HttpError(
      409,
      `Order ${order.number} was cancelled${reason}. Do not make it: its production files are no longer available.`,
    );
  }
  return order;
}
