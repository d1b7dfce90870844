import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, request, type Page } from '@playwright/test';
import { shippingPriceMinor } from '../../lib/checkout/shipping';
import { newDesign, newTextLayer } from '../../lib/design/defaults';
import { quote } from '../../lib/pricing/quote';
import type { Design } from '../../lib/design/schema';
import type { Template } from '../../lib/templates/schema';

// Shopper actions for cart and checkout, by role and label, and a look into the end-to-end
// server's own database to count what was really written.

const E2E_DB = path.join(import.meta.dirname, '..', '..', 'data', 'e2e', 'onekind.db');

/** Adds the design on screen to the cart and waits for the confirmation. */
export async function addToCart(page: Page) {
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText('Added to your cart.')).toBeVisible();
}

export type Shopper = { email: string; name: string; street: string; postalCode: string; city: string };

export const shopper = (email: string): Shopper => ({
  email,
  name: 'Ada Lovelace',
  street: 'Hauptstraße 1',
  postalCode: '10115',
  city: 'Berlin',
});

/** Opens checkout from the cart and fills in contact and address. */
export async function fillCheckout(page: Page, who: Shopper) {
  await page.goto('/cart');
  await page.getByRole('link', { name: 'Check out' }).click();
  await expect(page.getByRole('heading', { name: 'Checkout' })).toBeVisible();
  await page.getByLabel('E-mail', { exact: true }).fill(who.email);
  await page.getByLabel('Full name').fill(who.name);
  await page.getByLabel('Street and number').fill(who.street);
  await page.getByLabel('Postal code').fill(who.postalCode);
  await page.getByLabel('Town or city').fill(who.city);
}

const ORDER_NUMBER = /OK-[A-Z2-9]{4}-[A-Z2-9]{4}/;

/**
 * Checks the cart out to a San Francisco address (the tee's shop sells in US dollars) and
 * places the order; returns its number from the confirmation's heading.
 */
export async function orderInTheUs(page: Page, email: string): Promise<string> {
  await fillCheckout(page, { ...shopper(email), postalCode: '94105', city: 'San Francisco' });
  await page.getByLabel('Country').selectOption('US');
  await page.getByLabel('State').fill('CA');
  await page.getByRole('button', { name: 'Place order' }).click();
  const heading = page.getByRole('heading', { name: ORDER_NUMBER });
  await expect(heading).toBeVisible();
  return ORDER_NUMBER.exec((await heading.textContent()) ?? '')![0];
}

/** How many orders the end-to-end database holds for an e-mail address. */
export function ordersFor(email: string): number {
  const db = new Database(E2E_DB, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM "Order" WHERE email = ?').get(email) as { n: number }).n;
  } finally {
    db.close();
  }
}

export type ApiOrder = {
  slug: string;
  text?: string;
  quantity?: number;
  email: string;
  /** The design's zones, made from the template (instead of `text` in its first zone). */
  zones?: (template: Template) => Design['zones'];
};

/**
 * Places an order through the public JSON API (design, cart, checkout), as a headless shop
 * would: much faster than the configurator when a test only needs an order to exist. Sent as
 * from its own client address, so it does not use up the browser's order attempts (the
 * end-to-end server trusts the test runner as a proxy: playwright.config.ts, TRUSTED_PROXIES).
 */
export async function placeOrderViaApi(baseURL: string, o: ApiOrder): Promise<string> {
  const db = new Database(E2E_DB, { readonly: true });
  const row = db
    .prepare(
      'SELECT v.id, v.document FROM "TemplateVersion" v JOIN "Template" t ON t.id = v."templateId" WHERE t.slug = ? ORDER BY v.version DESC LIMIT 1',
    )
    .get(o.slug) as { id: string; document: string };
  db.close();
  const template = JSON.parse(row.document) as Template;
  const zone = template.zones[0]!;
  const design = {
    ...newDesign(template),
    zones: o.zones
      ? o.zones(template)
      : o.text
        ? { [zone.id]: { layers: [newTextLayer(zone, 'l1', o.text)] } }
        : {},
  };
  const quantity = o.quantity ?? 1;
  const api = await request.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.200' },
  });
  try {
    const saved = await api.post('/api/designs', { data: { templateVersionId: row.id, design } });
    expect(saved.status(), await saved.text()).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    expect((await api.post('/api/cart/items', { data: { designId: id, quantity } })).status()).toBe(200);
    const expectedTotalMinor =
      quote(template, design, quantity).totalMinor + shippingPriceMinor('standard', template.currency)!;
    const body = {
      email: o.email,
      address: {
        name: 'Ada Lovelace',
        line1: 'Hauptstraße 1',
        city: 'Berlin',
        postalCode: '10115',
        country: 'DE',
      },
      shippingMethod: 'standard',
      lines: [{ designId: id, quantity }],
      expectedTotalMinor,
    };
    const placed = await api.post('/api/orders', {
      headers: { 'idempotency-key': `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` },
      data: body,
    });
    expect(placed.status(), await placed.text()).toBe(201);
    return ((await placed.json()) as { number: string }).number;
  } finally {
    await api.dispose();
  }
}

/** The stored money columns of an order in the end-to-end database. */
export function orderAmounts(number: string): {
  subtotalMinor: number;
  shippingMinor: number;
  totalMinor: number;
  currency: string;
} {
  const db = new Database(E2E_DB, { readonly: true });
  try {
    return db
      .prepare(
        'SELECT "subtotalMinor", "shippingMinor", "totalMinor", currency FROM "Order" WHERE number = ?',
      )
      .get(number) as ReturnType<typeof orderAmounts>;
  } finally {
    db.close();
  }
}

const NUMBER_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const newNumber = () =>
  `OK-${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (i === 4 ? '-' : '') + NUMBER_ALPHABET[Math.floor(Math.random() * NUMBER_ALPHABET.length)]).join('')}`;

/**
 * Copies an order (with its lines) `count` times straight into the end-to-end database, placed
 * `start`, `start` + 1 min, …, each with its own number and `email(i)`: a shop with hundreds of
 * waiting orders without placing each through the API (the order rate limit would stop that).
 * Returns the copies' numbers, oldest first.
 */
export function copyOrder(
  number: string,
  count: number,
  start: Date,
  email: (i: number) => string,
): string[] {
  const db = new Database(E2E_DB);
  try {
    const order = db.prepare('SELECT * FROM "Order" WHERE number = ?').get(number) as Record<string, unknown>;
    const lines = db.prepare('SELECT * FROM "OrderLine" WHERE "orderId" = ?').all(order.id) as Array<
      Record<string, unknown>
    >;
    const insert = (table: string, row: Record<string, unknown>) => {
      const columns = Object.keys(row);
      db.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      ).run(...Object.values(row));
    };
    const numbers: string[] = [];
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = crypto.randomUUID();
        numbers.push(newNumber());
        // As Prisma stores a DateTime on SQLite.
        const createdAt = new Date(start.getTime() + i * 60_000).toISOString().replace('Z', '+00:00');
        insert('Order', {
          ...order,
          id,
          number: numbers[i],
          email: email(i),
          viewToken: crypto.randomUUID(),
          idempotencyKey: crypto.randomUUID(),
          createdAt,
        });
        for (const line of lines) insert('OrderLine', { ...line, id: crypto.randomUUID(), orderId: id });
      }
    })();
    return numbers;
  } finally {
    db.close();
  }
}
