import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { newDesign } from '../lib/design/defaults';
import type { Template } from '../lib/templates/schema';
import { openProduct } from './support/configurator';
import { SCREENSHOTS } from './support/staff';
import { callAction } from './support/server-actions';

// What the shop refuses through its public interfaces: a design naming an option the product
// does not have, and more of one design than a cart holds (with a message that says how many).

const E2E_DB = path.join(import.meta.dirname, '..', 'data', 'e2e', 'onekind.db');

function latestVersion(slug: string): { id: string; template: Template } {
  const db = new Database(E2E_DB, { readonly: true });
  try {
    const row = db
      .prepare(
        'SELECT v.id, v.document FROM "TemplateVersion" v JOIN "Template" t ON t.id = v."templateId" WHERE t.slug = ? ORDER BY v.version DESC LIMIT 1',
      )
      .get(slug) as { id: string; document: string };
    return { id: row.id, template: JSON.parse(row.document) as Template };
  } finally {
    db.close();
  }
}

async function saveDesign(api: APIRequestContext, slug: string) {
  const { id, template } = latestVersion(slug);
  const saved = await api.post('/api/designs', {
    data: { templateVersionId: id, design: newDesign(template) },
  });
  expect(saved.status(), await saved.text()).toBe(201);
  return ((await saved.json()) as { id: string }).id;
}

test.describe('a design naming an option the product does not have', () => {
  test('is refused with 422 and the issue code unknown-option, when saved and when put in a cart', async ({
    request,
  }) => {
    const { id, template } = latestVersion('ceramic-mug-11oz');
    const design = {
      ...newDesign(template),
      selection: { ...newDesign(template).selection, 'free-upgrade': 'yes' },
    };
    const saved = await request.post('/api/designs', { data: { templateVersionId: id, design } });
    expect(saved.status()).toBe(422);
    expect(await saved.json()).toMatchObject({
      issues: [
        { severity: 'error', code: 'unknown-option', message: 'This product has no option "free-upgrade".' },
      ],
    });

    // One stored before the check existed cannot be put in a cart (nor ordered) either.
    const db = new Database(E2E_DB);
    const old = `old${Date.now().toString(36)}`;
    try {
      db.prepare(
        'INSERT INTO "Design" (id, "templateVersionId", document, "createdAt") VALUES (?, ?, ?, ?)',
      ).run(old, id, JSON.stringify(design), new Date().toISOString().replace('Z', '+00:00'));
    } finally {
      db.close();
    }
    const added = await request.post('/api/cart/items', { data: { designId: old, quantity: 1 } });
    expect(added.status()).toBe(422);
    expect(await added.json()).toEqual({
      error:
        'This design can no longer be made: This product has no option "free-upgrade". Edit a copy to fix it.',
    });
  });
});

test.describe('more of one design than a cart holds', () => {
  test('is refused with 422, naming the maximum and what the cart already has; so is a quantity above it', async ({
    playwright,
    baseURL,
  }) => {
    const api = await playwright.request.newContext({ baseURL });
    const designId = await saveDesign(api, 'iphone-17-case');
    const add = (quantity: number) => api.post('/api/cart/items', { data: { designId, quantity } });

    const first = await add(6000);
    expect([first.status(), await first.json()]).toEqual([200, { count: 6000 }]);
    const second = await add(6000);
    expect(second.status()).toBe(422);
    expect(await second.json()).toEqual({
      error:
        'A cart holds at most 10,000 of one design, and yours already has 6,000 of this one: 6,000 more would make 12,000. You can add up to 4,000 more.',
    });
    const rest = await add(4000);
    expect([rest.status(), await rest.json()]).toEqual([200, { count: 10_000 }]);

    // Setting the quantity of the item directly is held to the same maximum.
    const cartId = (await api.storageState()).cookies.find((c) => c.name === 'onekind_cart')!.value;
    const db = new Database(E2E_DB, { readonly: true });
    const { id: itemId } = db.prepare('SELECT id FROM "CartItem" WHERE "cartId" = ?').get(cartId) as {
      id: string;
    };
    db.close();
    const update = await callAction(api, baseURL!, {
      file: 'update-cart-item.ts',
      name: 'updateCartItem',
      page: '/cart',
      input: { itemId, quantity: 12_000 },
    });
    expect(update).toContain('Choose a quantity from 1 to 10,000.');
    await api.dispose();
  });

  test('the configurator shows the shopper why the second 6,000 were not added', async ({ page }) => {
    await openProduct(page, 'ceramic-mug-11oz');
    await page.getByLabel('Quantity', { exact: true }).fill('6000');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByText('Added to your cart.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'View cart (6000 items)' })).toBeVisible();
    await page.getByRole('button', { name: 'Add to cart' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'A cart holds' });
    await expect(alert).toHaveText(
      'A cart holds at most 10,000 of one design, and yours already has 6,000 of this one: 6,000 more would make 12,000. You can add up to 4,000 more.',
    );
    await alert.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, '..', 'shop', 'cart-cap.png') });
  });
});
