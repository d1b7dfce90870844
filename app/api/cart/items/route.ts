import { addToCartSchema } from '@/lib/cart/schema';
import { MAX_QUANTITY } from '@/lib/pricing/quote';
import { fieldErrorsOf } from '@/lib/checkout/schema';
import { addCartItem } from '@/lib/server/cart';
import { cartIdForWriting } from '@/lib/server/cart-cookie';
import { handleJson, HttpError, json, readJson } from '@/lib/server/http/json';

// POST /api/cart/items { designId, quantity } -> 200 { count } and the cart cookie | 422 { error }
// (a design that cannot be made, another currency, or more of one design than a cart holds)
export const runtime = 'nodejs';

export function POST(request: Request) {
  return handleJson(async () => {
    const parsed = addToCartSchema.safeParse(await readJson(request));
    if (!parsed.success)
      throw new HttpError(
        422,
        `Send a design id and a quantity from 1 to ${MAX_QUANTITY.toLocaleString('en')}.`,
        fieldErrorsOf(parsed.error),
      );
    const result = await addCartItem(await cartIdForWriting(), parsed.data.designId, parsed.data.quantity);
    return result.ok ? json(200, { count: result.count }) : json(422, { error: result.error });
  });
}
