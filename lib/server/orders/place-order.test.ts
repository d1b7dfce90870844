import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { newDesign, newTextLayer } from '../../design/defaults';
import { addCartItem, createCart, getCart } from '../cart';
import { createDesign } from '../designs';
import { deliverOutbox, logSender, setMessageSender } from '../outbox';
import { seededTestDatabase, testDatabases } from '../testing/databases';
import { archiveTemplate, getProduct } from '../templates';
import { getOrder, lookUpOrder } from './get-order';
import { placeOrder } from './place-order';
import { transitionOrder } from './transition-order';

const kinds = await testDatabases();

// Delivery is tested on its own below; here it must not run after the test database is gone.
const afterCommit = () => undefined;

const address = {
  name: 'Ada Lovelace',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

describe.each(kinds)('placing orders on $name', (kind) => {
  const t = seededTestDatabase(kind);
  afterAll(() => setMessageSender(logSender));

  /**
   * A cart holding a case saying `text` (and optionally the jeans), and the request that orders
   * it as seen. `unchecked` puts the items in as they were before a rule they break existed
   * (addCartItem would refuse them now).
   */
  async function cartWith(text = 'Ada', quantity = 2, withJeans = false, unchecked = false) {
    const cartId = await createCart(t.db);
    const designs: string[] = [];
    const caseProduct = (await getProduct('iphone-17-case', t.db))!;
    const zone = caseProduct.template.zones[0]!;
    designs.push(
      await createDesign(
        caseProduct.versionId,
        {
          ...newDesign(caseProduct.template),
          zones: { [zone.id]: { layers: [newTextLayer(zone, 'l1', text)] } },
        },
        t.db,
      ),
    );
    if (withJeans) {
      const jeans = (await getProduct('five-pocket-jeans', t.db))!;
      designs.push(await createDesign(jeans.versionId, newDesign(jeans.template), t.db));
    }
    for (const id of designs) {
      if (unchecked)
        await t.db.cartItem.create({ data: { id: randomUUID(), cartId, designId: id, quantity } });
      else expect(await addCartItem(cartId, id, quantity, t.db)).toMatchObject({ ok: true });
    }
    const cart = await getCart(cartId, t.db);
    const request = {
      idempotencyKey: randomUUID(),
      email: 'ada@example.com',
      address,
      shippingMethod: 'standard',
      lines: designs.map((designId) => ({ designId, quantity })),
      expectedTotalMinor: cart.subtotalMinor + 490,
    };
    return { cartId, request, designs, cart };
  }

  const counts = async () => ({
    orders: await t.db.order.count(),
    lines: await t.db.orderLine.count(),
    events: await t.db.orderEvent.count(),
    messages: await t.db.outboxMessage.count(),
  });

  it.skipIf(!kind.available)(
    'writes the order, its lines with frozen snapshots and version ids, an event and a message, and empties the cart',
    async () => {
      const { cartId, request, designs, cart } = await cartWith('Ada', 2, true);
      const result = await placeOrder(request, { cartId, conn: t.db, afterCommit });
      if (!result.ok) throw new Error(result.error);
      expect(result.number).toMatch(/^OK-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

      const order = (await getOrder(result.number, result.viewToken, t.db))!;
      expect(order.totalMinor).toBe(request.expectedTotalMinor);
      expect(order.lines.map((l) => l.version.slug)).toEqual(['iphone-17-case', 'five-pocket-jeans']);
      expect(order.lines[0]!.quote).toEqual(cart.items[0]!.quote);
      expect(order.lines[0]!.design).toEqual(cart.items[0]!.design);
      expect(order.lines.map((l) => l.quantity)).toEqual([2, 2]);
      expect(order.status).toBe('placed');
      expect(order.events).toEqual([
        expect.objectContaining({ from: null, to: 'placed', actor: 'shopper:ada@example.com' }),
      ]);
      expect(order.payment).toMatchObject({ provider: 'invoice', status: 'pending' });
      const rows = await t.db.orderLine.findMany({ where: { designId: { in: designs } } });
      expect(rows).toHaveLength(2);
      const message = await t.db.outboxMessage.findFirstOrThrow({
        where: { subject: { contains: result.number } },
      });
      expect(message.text).toContain('2 × iPhone 17 Slim Case');
      expect(message.html).toContain(result.number);
      expect((await getCart(cartId, t.db)).items).toHaveLength(0);

      expect(await lookUpOrder(result.number.toLowerCase(), ' ADA@example.com ', t.db)).toBe(
        result.viewToken,
      );
      expect(await lookUpOrder(result.number, 'someone@else.com', t.db)).toBeNull();
      expect(await getOrder(result.number, 'wrong-token', t.db)).toBeNull();

      // The confirmation leaves the outbox through the sender, once.
      const sent: string[] = [];
      setMessageSender((m) => {
        sent.push(`${m.to}: ${m.subject}`);
        return Promise.resolve();
      });
      await deliverOutbox(t.db);
      await deliverOutbox(t.db);
      expect(sent).toContain(`ada@example.com: Your Onekind order ${result.number}`);
      expect(sent.filter((s) => s.includes(result.number))).toHaveLength(1);
      expect(
        (await t.db.outboxMessage.findFirstOrThrow({ where: { subject: { contains: result.number } } }))
          .sentAt,
      ).not.toBeNull();
    },
  );

  it.skipIf(!kind.available)(
    'returns the same order for a retry and refuses the key with a different cart',
    async () => {
      const { cartId, request } = await cartWith('Retry');
      const first = await placeOrder(request, { cartId, conn: t.db, afterCommit });
      const again = await placeOrder(request, { cartId, conn: t.db, afterCommit });
      expect(first.ok && again).toMatchObject({
        ok: true,
        number: first.ok ? first.number : '',
        replayed: true,
      });

      const other = await cartWith('Other');
      const before = await counts();
      const reused = await placeOrder(
        { ...other.request, idempotencyKey: request.idempotencyKey },
        { cartId: other.cartId, conn: t.db, afterCommit },
      );
      expect(reused).toMatchObject({ ok: false, code: 'key-reused' });
      expect(await counts()).toEqual(before);
    },
  );

  it.skipIf(!kind.available)('makes one order from concurrent submissions with the same key', async () => {
    const { cartId, request } = await cartWith('Twice');
    const before = await t.db.order.count();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => placeOrder(request, { cartId, conn: t.db, afterCommit })),
    );
    const numbers = new Set(results.map((r) => (r.ok ? r.number : r.error)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(numbers.size).toBe(1);
    expect(await t.db.order.count()).toBe(before + 1);
  });

  it.skipIf(!kind.available)(
    'leaves nothing behind when a failure strikes after the first line is written',
    async () => {
      const { cartId, request } = await cartWith('Boom', 1, true);
      const before = await counts();
      const failing = placeOrder(request, {
        cartId,
        conn: t.db,
        afterCommit,
        hooks: {
          afterLine: (position) => {
            if (position === 0) throw new Error('injected failure');
          },
        },
      });
      await expect(failing).rejects.toThrow('injected failure');
      expect(await counts()).toEqual(before);
      // An authorization taken for the order that never committed is released.
      const calls: string[] = [];
      const card = {
        id: 'card',
        label: 'Card',
        authorize: () =>
          Promise.resolve({ reference: 'auth-1', status: 'authorized' as const, note: 'Paid by card.' }),
        voidPayment: (reference: string) => {
          calls.push(`void ${reference}`);
          return Promise.resolve();
        },
      };
      const hooks = { afterLine: () => Promise.reject(new Error('injected failure')) };
      await expect(
        placeOrder(request, { cartId, conn: t.db, afterCommit, hooks, payment: card }),
      ).rejects.toThrow('injected failure');
      expect(calls).toEqual(['void auth-1']);
      expect((await getCart(cartId, t.db)).items).toHaveLength(2);
      // The key was not used up: the same attempt succeeds once the fault is gone, with any provider.
      const placed = await placeOrder(request, { cartId, conn: t.db, afterCommit, payment: card });
      if (!placed.ok) throw new Error(placed.error);
      expect((await getOrder(placed.number, placed.viewToken, t.db))!.payment).toEqual({
        provider: 'card',
        reference: 'auth-1',
        status: 'authorized',
        note: 'Paid by card.',
      });
      expect(calls).toEqual(['void auth-1']);
    },
  );

  it.skipIf(!kind.available)('refuses a tampered total, quantity or address and writes nothing', async () => {
    const { cartId, request } = await cartWith('Price');
    const before = await counts();
    expect(
      await placeOrder(
        { ...request, expectedTotalMinor: request.expectedTotalMinor - 100 },
        { cartId, conn: t.db, afterCommit },
      ),
    ).toMatchObject({
      ok: false,
      code: 'price-changed',
      error: expect.stringMatching(/^The price changed, please review: the total is now €/),
    });
    expect(
      await placeOrder(
        { ...request, lines: [{ ...request.lines[0]!, quantity: 1 }] },
        { cartId, conn: t.db, afterCommit },
      ),
    ).toMatchObject({ ok: false, code: 'cart-changed' });
    expect(
      await placeOrder(
        { ...request, lines: [{ ...request.lines[0]!, quantity: -3 }] },
        { cartId, conn: t.db, afterCommit },
      ),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(
      await placeOrder(
        { ...request, address: { ...address, postalCode: 'ABC' } },
        { cartId, conn: t.db, afterCommit },
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { 'address.postalCode': ['Enter a Germany postal code, like 10115.'] },
    });
    expect(
      await placeOrder({ ...request, email: 'not-an-email' }, { cartId, conn: t.db, afterCommit }),
    ).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
    expect(await placeOrder(request, { cartId: null, conn: t.db, afterCommit })).toMatchObject({
      ok: false,
      code: 'empty',
    });
    expect(await counts()).toEqual(before);
  });

  it.skipIf(!kind.available)(
    'refuses designs that no longer validate and retired products, and flags them in the cart',
    async () => {
      const invalid = await cartWith('x'.repeat(41), 2, false, true);
      const cart = await getCart(invalid.cartId, t.db);
      expect(cart.orderable).toBe(false);
      expect(cart.items[0]!.problem).toMatch(/can no longer be made: Case back takes at most 40 characters/);
      expect(
        await placeOrder(invalid.request, { cartId: invalid.cartId, conn: t.db, afterCommit }),
      ).toMatchObject({ ok: false, code: 'unavailable' });
      // Such a design is not let into a cart any more either.
      expect(await addCartItem(await createCart(t.db), invalid.designs[0]!, 1, t.db)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/can no longer be made/),
      });

      // An option the product does not have, stored with a design before that was refused.
      const caseProduct = (await getProduct('iphone-17-case', t.db))!;
      const base = newDesign(caseProduct.template);
      const upgraded = await createDesign(
        caseProduct.versionId,
        { ...base, selection: { ...base.selection, 'free-upgrade': 'yes' } },
        t.db,
      );
      const optionCart = await createCart(t.db);
      await t.db.cartItem.create({
        data: { id: randomUUID(), cartId: optionCart, designId: upgraded, quantity: 1 },
      });
      expect((await getCart(optionCart, t.db)).items[0]!.problem).toMatch(
        /can no longer be made: This product has no option "free-upgrade"/,
      );
      const optionRequest = {
        ...invalid.request,
        idempotencyKey: randomUUID(),
        lines: [{ designId: upgraded, quantity: 1 }],
        expectedTotalMinor: 0,
      };
      expect(await placeOrder(optionRequest, { cartId: optionCart, conn: t.db, afterCommit })).toMatchObject({
        ok: false,
        code: 'unavailable',
      });

      const mug = (await getProduct('ceramic-mug-11oz', t.db))!;
      const cartId = await createCart(t.db);
      await addCartItem(cartId, await createDesign(mug.versionId, newDesign(mug.template), t.db), 1, t.db);
      await archiveTemplate('ceramic-mug-11oz', t.db);
      const retired = await getCart(cartId, t.db);
      expect(retired.items[0]!.problem).toBe(
        'The Ceramic Mug, 11 oz is no longer sold. Remove it from your cart to check out.',
      );
      expect(retired.orderable).toBe(false);
    },
  );

  it.skipIf(!kind.available)('moves orders only along allowed statuses and records who did it', async () => {
    const { cartId, request } = await cartWith('Status');
    const placed = await placeOrder(request, { cartId, conn: t.db, afterCommit });
    if (!placed.ok) throw new Error(placed.error);
    expect(await transitionOrder(placed.number, 'shipped', 'maker:ann', t.db)).toMatchObject({ ok: false });
    expect(await transitionOrder(placed.number, 'in_production', 'maker:ann', t.db)).toEqual({ ok: true });
    expect(await transitionOrder(placed.number, 'cancelled', 'shopper', t.db)).toMatchObject({
      ok: false,
      error: 'An order that is in production cannot become cancelled.',
    });
    expect(await transitionOrder(placed.number, 'shipped', 'maker:ann', t.db)).toEqual({ ok: true });
    const order = (await getOrder(placed.number, placed.viewToken, t.db))!;
    expect(order.status).toBe('shipped');
    expect(order.events.map((e) => [e.from, e.to, e.actor])).toEqual([
      [null, 'placed', 'shopper:ada@example.com'],
      ['placed', 'in_production', 'maker:ann'],
      ['in_production', 'shipped', 'maker:ann'],
    ]);
  });
});
