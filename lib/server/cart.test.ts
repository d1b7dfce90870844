import { describe, expect, it } from 'vitest';
import { newDesign } from '../design/defaults';
import { addCartItem, createCart, getCart, removeCartItem, setCartItemQuantity } from './cart';
import { createDesign } from './designs';
import { seededTestDatabase, testDatabases } from './testing/databases';
import { archiveTemplate, getProduct } from './templates';

const kinds = await testDatabases();

describe.each(kinds)('carts on $name', (kind) => {
  const t = seededTestDatabase(kind);

  const designOf = async (slug: string) => {
    const product = (await getProduct(slug, t.db))!;
    return createDesign(product.versionId, newDesign(product.template), t.db);
  };

  it.skipIf(!kind.available)('adds, merges, re-quantifies and removes items, priced by the server', async () => {
    const cartId = await createCart(t.db);
    const design = await designOf('iphone-17-case');
    expect(await addCartItem(cartId, design, 2, t.db)).toEqual({ ok: true, count: 2 });
    expect(await addCartItem(cartId, design, 1, t.db)).toEqual({ ok: true, count: 3 });
    const cart = await getCart(cartId, t.db);
    expect(cart.items).toHaveLength(1);
    expect(cart.items[0]!.quote).toMatchObject({ quantity: 3, currency: 'EUR' });
    expect(cart.subtotalMinor).toBe(cart.items[0]!.quote!.totalMinor);
    expect(cart.orderable).toBe(true);

    const itemId = cart.items[0]!.itemId!;
    expect(await setCartItemQuantity(cartId, itemId, 5, t.db)).toEqual({ ok: true, count: 5 });
    // Another shopper's cart cannot touch this item.
    const other = await createCart(t.db);
    expect(await setCartItemQuantity(other, itemId, 1, t.db)).toMatchObject({ ok: false });
    expect(await removeCartItem(other, itemId, t.db)).toEqual({ ok: true, count: 0 });
    expect((await getCart(cartId, t.db)).items[0]!.quantity).toBe(5);
    expect(await removeCartItem(cartId, itemId, t.db)).toEqual({ ok: true, count: 0 });
    expect(await getCart(cartId, t.db)).toMatchObject({ items: [], orderable: false, currency: null });
  });

  it.skipIf(!kind.available)('keeps one currency per cart and refuses unknown designs and retired products', async () => {
    const cartId = await createCart(t.db);
    await addCartItem(cartId, await designOf('iphone-17-case'), 1, t.db);
    expect(await addCartItem(cartId, await designOf('ceramic-mug-11oz'), 1, t.db)).toEqual({
      ok: false,
      error: 'Your cart is priced in EUR and this product in GBP. Check out or empty your cart first.',
    });
    expect(await addCartItem(cartId, 'nope123456', 1, t.db)).toMatchObject({ ok: false });
    const tee = await designOf('heavy-cotton-tee');
    await archiveTemplate('heavy-cotton-tee', t.db);
    expect(await addCartItem(await createCart(t.db), tee, 1, t.db)).toEqual({ ok: false, error: 'This product is no longer sold.' });
  });
});
