'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { QUANTITY_RANGE, updateCartItemSchema } from '../../cart/schema';
import { setCartItemQuantity } from '../cart';
import { currentCartId } from '../cart-cookie';
import type { CartActionResult } from './add-to-cart';
import { logger } from '../ops/logger';

/** Changes the quantity of an item in the shopper's own cart. Public endpoint. */
export async function updateCartItem(input: unknown): Promise<CartActionResult> {
  const parsed = updateCartItemSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: QUANTITY_RANGE, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    const cartId = await currentCartId();
    if (!cartId) return { ok: false, error: 'Your cart is empty.' };
    const result = await setCartItemQuantity(cartId, parsed.data.itemId, parsed.data.quantity);
    revalidatePath('/cart');
    return result;
  } catch (error) {
    logger().error({ err: error }, 'updateCartItem failed');
    return { ok: false, error: 'Something went wrong while updating your cart. Please try again.' };
  }
}
