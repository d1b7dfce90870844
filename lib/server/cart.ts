import 'server-only';
import { randomUUID } from 'node:crypto';
import { overCapMessage } from '../cart/schema';
import { MAX_QUANTITY } from '../pricing/quote';
import { db, type Db } from './db/client';
import { isUniqueViolation } from './db/errors';
import { shortId } from './ids';
import { priceItems, type PricedItem } from './orders/price-items';

// Data access for carts. A cart is a row keyed by an unguessable id the shopper holds in a
// cookie; items name saved designs. Prices are never stored: they are quoted when shown.

export type CartView = {
  id: string;
  items: PricedItem[];
  /** The cart's currency (all items share it), or null when empty. */
  currency: string | null;
  /** Sum of the items that can be ordered. */
  subtotalMinor: number;
  /** True when there are items and none has a problem. */
  orderable: boolean;
};

export type CartChange = { ok: true; count: number } | { ok: false; error: string };

/** Creates an empty cart and returns its id (the cookie value). */
export async function createCart(conn: Db = db()): Promise<string> {
  const id = shortId(24);
  await conn.cart.create({ data: { id } });
  return id;
}

/** True when a cart with this id exists. */
export async function cartExists(id: string, conn: Db = db()): Promise<boolean> {
  if (!/^[0-9A-Za-z]{24}$/.test(id)) return false;
  return (await conn.cart.count({ where: { id } })) > 0;
}

async function itemCount(cartId: string, conn: Db): Promise<number> {
  return (await conn.cartItem.aggregate({ where: { cartId }, _sum: { quantity: true } }))._sum.quantity ?? 0;
}

/** Adds a saved design (or more of it) to a cart. One cart holds one currency. */
export async function addCartItem(
  cartId: string,
  designId: string,
  quantity: number,
  conn: Db = db(),
): Promise<CartChange> {
  const design = await conn.design.findUnique({
    where: { id: designId },
    select: { templateVersion: { select: { document: true, template: { select: { archivedAt: true } } } } },
  });
  if (!design) return { ok: false, error: 'That design does not exist. Save it again.' };
  if (design.templateVersion.template.archivedAt)
    return { ok: false, error: 'This product is no longer sold.' };
  const currencyOf = (document: string) => (JSON.parse(document) as { currency: string }).currency;
  const other = await conn.cartItem.findFirst({
    where: { cartId },
    select: { design: { select: { templateVersion: { select: { document: true } } } } },
  });
  const [mine, theirs] = [
    currencyOf(design.templateVersion.document),
    other && currencyOf(other.design.templateVersion.document),
  ];
  if (theirs && theirs !== mine) {
    return {
      ok: false,
      error: `Your cart is priced in ${theirs} and this product in ${mine}. Check out or empty your cart first.`,
    };
  }
  // The design was checked when it was saved; check it again with today's rules (a design
  // saved before a rule existed must not reach an order).
  const [priced] = await priceItems([{ designId, quantity }], conn);
  if (priced?.problem) return { ok: false, error: priced.problem };
  const added = await addQuantity(cartId, designId, quantity, conn);
  if (!added.ok) return added;
  await conn.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() } });
  return { ok: true, count: await itemCount(cartId, conn) };
}

/** Puts `quantity` more of a design in the cart, within the cap, whether or not it is there yet. */
async function addQuantity(
  cartId: string,
  designId: string,
  quantity: number,
  conn: Db,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const existing = await conn.cartItem.findUnique({ where: { cartId_designId: { cartId, designId } } });
  if (!existing) {
    try {
      await conn.cartItem.create({ data: { id: randomUUID(), cartId, designId, quantity } });
      return { ok: true };
    } catch (error) {
      // Two first adds at once (a double click, two tabs): the other one created the line, so
      // this one adds to it like any later add.
      if (!isUniqueViolation(error)) throw error;
      return addQuantity(cartId, designId, quantity, conn);
    }
  }
  // One statement, so two adds at once cannot together pass the cap.
  const { count } = await conn.cartItem.updateMany({
    where: { id: existing.id, quantity: { lte: MAX_QUANTITY - quantity } },
    data: { quantity: { increment: quantity } },
  });
  if (count > 0) return { ok: true };
  const now = await conn.cartItem.findUnique({ where: { id: existing.id }, select: { quantity: true } });
  return { ok: false, error: overCapMessage(now?.quantity ?? existing.quantity, quantity) };
}

/** Sets an item's quantity; only items of this cart can be changed. */
export async function setCartItemQuantity(
  cartId: string,
  itemId: string,
  quantity: number,
  conn: Db = db(),
): Promise<CartChange> {
  const { count } = await conn.cartItem.updateMany({ where: { id: itemId, cartId }, data: { quantity } });
  if (count === 0) return { ok: false, error: 'That item is no longer in your cart.' };
  return { ok: true, count: await itemCount(cartId, conn) };
}

/** Removes an item from a cart (removing twice is fine). */
export async function removeCartItem(cartId: string, itemId: string, conn: Db = db()): Promise<CartChange> {
  await conn.cartItem.deleteMany({ where: { id: itemId, cartId } });
  return { ok: true, count: await itemCount(cartId, conn) };
}

/** The items of a cart, oldest first, as they are stored. */
export async function cartLines(
  cartId: string,
  conn: Db = db(),
): Promise<Array<{ itemId: string; designId: string; quantity: number }>> {
  const rows = await conn.cartItem.findMany({
    where: { cartId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({ itemId: r.id, designId: r.designId, quantity: r.quantity }));
}

/** A cart with every item priced and checked; an unknown id gives an empty cart. */
export async function getCart(cartId: string | null, conn: Db = db()): Promise<CartView> {
  const lines = cartId ? await cartLines(cartId, conn) : [];
  const items = await priceItems(lines, conn);
  const currency = items.find((i) => i.version)?.version?.template.currency ?? null;
  const subtotalMinor = items.reduce((sum, i) => sum + (i.quote?.totalMinor ?? 0), 0);
  return {
    id: cartId ?? '',
    items,
    currency,
    subtotalMinor,
    orderable: items.length > 0 && items.every((i) => i.problem === null),
  };
}
