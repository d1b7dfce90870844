// Payloads of the cart actions, shared by the forms that send them and the server that parses them.
import { z } from 'zod';
import { cartLineSchema } from '../checkout/schema';
import { MAX_QUANTITY } from '../pricing/quote';

const count = (n: number) => n.toLocaleString('en');

/** Why a quantity was refused: outside 1 to MAX_QUANTITY. */
export const QUANTITY_RANGE = `Choose a quantity from 1 to ${count(MAX_QUANTITY)}.`;

/** Why adding `adding` more of a design is refused when the cart already holds `inCart` of it. */
export function overCapMessage(inCart: number, adding: number): string {
  const room = Math.max(0, MAX_QUANTITY - inCart);
  const advice = room > 0 ? ` You can add up to ${count(room)} more.` : '';
  return `A cart holds at most ${count(MAX_QUANTITY)} of one design, and yours already has ${count(inCart)} of this one: ${count(adding)} more would make ${count(inCart + adding)}.${advice}`;
}

export const addToCartSchema = cartLineSchema;

const itemId = z.uuid({ error: 'That item is no longer in your cart.' });

export const updateCartItemSchema = z.object({ itemId, quantity: cartLineSchema.shape.quantity });
export const removeCartItemSchema = z.object({ itemId });

export type AddToCartInput = z.infer<typeof addToCartSchema>;
export type UpdateCartItemInput = z.infer<typeof updateCartItemSchema>;
