'use server';
import { revalidatePath } from 'next/cache';
import { removeCartItemSchema } from '../../cart/schema';
import { removeCartItem as remove } from '../cart';
import { currentCartId } from '../cart-cookie';
import type { CartActionResult } from './add-to-cart';
import { logger } from '../ops/logger';

/** Takes an item out of the shopper's own cart. Public endpoint. */
export async function removeCartItem(input: unknown): Promise<CartActionResult> {
  const parsed = removeCartItemSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'That item is no longer in your cart.' };
  try {
    const cartId = await currentCartId();
    if (!cartId) return { ok: true, count: 0 };
    const result = await remove(cartId, parsed.data.itemId);
    revalidatePath('/cart');
    return result;
  } catch (error) {
    logger().error({ err: error }, 'removeCartItem failed');
    return { ok: false, error: 'Something went wrong while updating your cart. Please try again.' };
  }
}
