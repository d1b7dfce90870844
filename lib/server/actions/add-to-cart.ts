'use server';
import { z } from 'zod';
import { addToCartSchema, QUANTITY_RANGE } from '../../cart/schema';
import { addCartItem } from '../cart';
import { cartIdForWriting } from '../cart-cookie';
import { logger } from '../ops/logger';

export type CartActionResult =
  { ok: true; count: number } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Puts a saved design in the shopper's cart (creating the cart on first use). Public endpoint. */
export async function addToCart(input: unknown): Promise<CartActionResult> {
  const parsed = addToCartSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: QUANTITY_RANGE, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    return await addCartItem(await cartIdForWriting(), parsed.data.designId, parsed.data.quantity);
  } catch (error) {
    logger().error({ err: error }, 'addToCart failed');
    return { ok: false, error: 'Something went wrong while adding to your cart. Please try again.' };
  }
}
