// Payloads of the cart actions, shared by the forms that send them and the server that parses them.
import { z } from 'zod';
import { cartLineSchema } from '../checkout/schema';

export const addToCartSchema = cartLineSchema;

const itemId = z.uuid({ error: 'That item is no longer in your cart.' });

export const updateCartItemSchema = z.object({ itemId, quantity: cartLineSchema.shape.quantity });
export const removeCartItemSchema = z.object({ itemId });

export type AddToCartInput = z.infer<typeof addToCartSchema>;
export type UpdateCartItemInput = z.infer<typeof updateCartItemSchema>;
