import 'server-only';
import { cookies } from 'next/headers';
import { cartExists, createCart } from './cart';
import { readEnv } from './env';

// The cart is identified by an unguessable id in an http-only cookie; nothing else about the
// cart lives in the browser.
const CART_COOKIE = 'onekind_cart';
const NINETY_DAYS = 60 * 60 * 24 * 90;

/**
 * The cart id the shopper's cookie names, unchecked: for code that looks the cart up anyway
 * (an unknown id simply finds no items), saving a query on the checkout path.
 */
export async function cartIdFromCookie(): Promise<string | null> {
  const id = (await cookies()).get(CART_COOKIE)?.value;
  return id && /^[0-9A-Za-z]{24}$/.test(id) ? id : null;
}

/** The id of the shopper's cart, or null when they have none yet. */
export async function currentCartId(): Promise<string | null> {
  const id = (await cookies()).get(CART_COOKIE)?.value;
  return id && (await cartExists(id)) ? id : null;
}

/** The shopper's cart id, creating the cart and its cookie first if needed (actions and route handlers only). */
export async function cartIdForWriting(): Promise<string> {
  const existing = await currentCartId();
  if (existing) return existing;
  const id = await createCart();
  // Secure whenever the shop is served over HTTPS; plain HTTP only for local use.
  const secure = readEnv().publicUrl.startsWith('https://');
  (await cookies()).set(CART_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: NINETY_DAYS });
  return id;
}
