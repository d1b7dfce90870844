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

  it.skipIf(!kind.available)(
    'adds, merges, re-quantifies and removes items, priced by the server',
    async () => {
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
    },
  );

  it.skipIf(!kind.available)(
    'keeps one currency per cart and refuses unknown designs and retired products',
    async () => {
      const cartId = await createCart(t.db);
      await addCartItem(cartId, await designOf('iphone-17-case'), 1, t.db);
      expect(await addCartItem(cartId, await designOf('ceramic-mug-11oz'), 1, t.db)).toEqual({
        ok: false,
        error: 'Your cart is priced in EUR and this product in GBP. Check out or empty your cart first.',
      });
      expect(await addCartItem(cartId, 'nope123456', 1, t.db)).toMatchObject({ ok: false });
      const tee = await designOf('heavy-cotton-tee');
      await archiveTemplate('heavy-cotton-tee', t.db);
      expect(await addCartItem(await createCart(t.db), tee, 1, t.db)).toEqual({
        ok: false,
        error: 'This product is no longer sold.',
      });
    },
  );

  it.skipIf(!kind.available)(
    'refuses more of one design than a cart holds, naming the maximum and what is in the cart',
    async () => {
      const cartId = await createCart(t.db);
      const design = await designOf('iphone-17-case');
      expect(await addCartItem(cartId, design, 6000, t.db)).toEqual({ ok: true, count: 6000 });
      expect(await addCartItem(cartId, design, 6000, t.db)).toEqual({
        ok: false,
        error:
          'A cart holds at most 10,000 of one design, and yours already has 6,000 of this one: 6,000 more would make 12,000. You can add up to 4,000 more.',
      });
      expect((await getCart(cartId, t.db)).items[0]!.quantity).toBe(6000);
      expect(await addCartItem(cartId, design, 4000, t.db)).toEqual({ ok: true, count: 10_000 });
      expect(await addCartItem(cartId, design, 1, t.db)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/already has 10,000 of this one: 1 more would make 10,001\.$/),
      });
    },
  );

  it.skipIf(!kind.available)(
    'adds every one of several first adds of a design made at once (a double click)',
    async () => {
      const cartId = await createCart(t.db);
      const design = await designOf('iphone-17-case');
      const results = await Promise.all(
        Array.from({ length: 6 }, () => addCartItem(cartId, design, 2, t.db)),
      );
      for (const result of results) expect(result).toMatchObject({ ok: true });
      const cart = await getCart(cartId, t.db);
      expect(cart.items).toHaveLength(1);
      expect(cart.items[0]!.quantity).toBe(12);
    },
  );

  it.skipIf(!kind.available)(
    'refuses a stored design the rules no longer accept (an option the product does not have)',
    async () => {
      const product = (await getProduct('ceramic-mug-11oz', t.db))!;
      // Saved before unknown options were refused: createDesign stores what it is given.
      const base = newDesign(product.template);
      const design = await createDesign(
        product.versionId,
        { ...base, selection: { ...base.selection, 'free-upgrade': 'yes' } },
        t.db,
      );
      expect(await addCartItem(await createCart(t.db), design, 1, t.db)).toEqual({
        ok: false,
        error:
          'This design can no longer be made: This product has no option "free-upgrade". Edit a copy to fix it.',
      });
    },
  );
});
