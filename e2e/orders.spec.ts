import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addText, choose, openProduct, saveAndOpenShareLink } from './support/configurator';
import { addToCart, fillCheckout, ordersFor, shopper } from './support/orders';

const ORDER_NUMBER = /OK-[A-Z2-9]{4}-[A-Z2-9]{4}/;

async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test.describe('cart, checkout and orders', () => {
  test('customise two products, keep the cart across reloads, check out, see the confirmation and find the order', async ({ page }) => {
    await openProduct(page, 'iphone-17-case');
    await choose(page, 'Sand, soft-touch matte');
    await addText(page, 'Ada');
    const casePrice = await page.getByLabel('Total price').textContent();
    await addToCart(page);

    await openProduct(page, 'five-pocket-jeans');
    await choose(page, 'Mid stonewash');
    await addText(page, 'JD');
    await expect(page.getByLabel('Total price')).toHaveText('€98.00');
    await addToCart(page);
    await page.getByRole('link', { name: /View cart \(2 items\)/ }).click();

    const items = page.getByRole('list', { name: 'Cart items' }).getByRole('heading', { level: 2 });
    await expect(items).toHaveCount(2);
    await page.reload();
    await expect(items).toHaveCount(2);
    await expectNoSeriousAccessibilityProblems(page);
    await expect(page.getByRole('table', { name: 'Price of iPhone 17 Slim Case' }).getByRole('row', { name: /Line total/ })).toContainText(casePrice!);
    await page.getByLabel("Quantity of Men's Five-Pocket Jeans").fill('2');
    await page.getByRole('button', { name: 'Update' }).last().click();
    await expect(page.getByRole('table', { name: "Price of Men's Five-Pocket Jeans" }).getByRole('row', { name: /Line total/ })).toContainText('€196.00');

    const email = `ada-${Date.now()}@example.com`;
    await fillCheckout(page, { ...shopper(email), postalCode: '1234' });
    await page.getByRole('radio', { name: /Express delivery/ }).check();
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByText('Enter a Germany postal code, like 10115.')).toBeVisible();
    await expect(page.getByLabel('Postal code')).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousAccessibilityProblems(page);
    await page.getByLabel('Postal code').fill('10115');
    const total = await page.getByLabel('Order total').textContent();
    await page.getByRole('button', { name: 'Place order' }).click();

    const heading = page.getByRole('heading', { name: ORDER_NUMBER });
    await expect(heading).toBeVisible();
    const number = ORDER_NUMBER.exec((await heading.textContent()) ?? '')![0];
    await expect(page.getByText(`A confirmation is on its way to ${email}`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Order history' })).toContainText('Placed');
    const ordered = page.getByRole('list', { name: 'Ordered items' });
    await expect(ordered.getByRole('heading', { name: '1 × iPhone 17 Slim Case' })).toBeVisible();
    await expect(ordered.getByRole('heading', { name: "2 × Men's Five-Pocket Jeans" })).toBeVisible();
    await expect(ordered.getByText('Mid stonewash')).toBeVisible();
    await expect(ordered.getByText(/Text “Ada” in Inter/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Order total' }).getByRole('row', { name: /^Total/ })).toContainText(total!);
    await expect(page.getByRole('img', { name: "Your Men's Five-Pocket Jeans" })).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);

    // The cart is empty after ordering; the order is found by number and e-mail, and only then.
    await page.goto('/cart');
    await expect(page.getByText('Your cart is empty.')).toBeVisible();
    await page.goto('/orders');
    await page.getByLabel('Order number').fill(number.toLowerCase());
    await page.getByLabel('E-mail', { exact: true }).fill('someone-else@example.com');
    await page.getByRole('button', { name: 'Find order' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'We found no order' })).toHaveText('We found no order with that number and e-mail address.');
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Find order' }).click();
    await expect(page.getByRole('heading', { name: `Order ${number}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: "2 × Men's Five-Pocket Jeans" })).toBeVisible();
    expect(ordersFor(email)).toBe(1);
  });

  test('a shared design goes into the cart with a quantity', async ({ page }) => {
    await openProduct(page, 'ceramic-mug-11oz');
    await addText(page, 'Shared');
    await saveAndOpenShareLink(page);
    await page.getByLabel('Quantity').fill('3');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('link', { name: /View cart \(\d+ items\)/ }).click();
    await expect(page.getByLabel('Quantity of Ceramic Mug, 11 oz')).toHaveValue('3');
    await expect(page.getByRole('table', { name: 'Price of Ceramic Mug, 11 oz' })).toContainText('3 ×');
  });

  test('a double-clicked "Place order" makes one order', async ({ page }) => {
    await openProduct(page, 'ceramic-mug-11oz');
    await addText(page, 'Twice');
    await addToCart(page);
    const email = `double-${Date.now()}@example.com`;
    await fillCheckout(page, { ...shopper(email), postalCode: 'SW1A 1AA', city: 'London' });
    await page.getByLabel('Country').selectOption('GB');
    await page.getByRole('button', { name: 'Place order' }).dblclick();
    await expect(page.getByRole('heading', { name: ORDER_NUMBER })).toBeVisible();
    expect(ordersFor(email)).toBe(1);
  });

  test('a tampered price is refused and orders nothing', async ({ page }) => {
    await openProduct(page, 'heavy-cotton-tee');
    await addText(page, 'Cheap');
    await addToCart(page);
    const email = `tamper-${Date.now()}@example.com`;
    await fillCheckout(page, { ...shopper(email), postalCode: '94105', city: 'San Francisco' });
    await page.getByLabel('Country').selectOption('US');
    await page.getByLabel('State').fill('CA');
    await page.locator('input[name="expectedTotalMinor"]').evaluate((input: HTMLInputElement) => {
      input.value = '100';
    });
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The price changed' })).toContainText('The price changed, please review: the total is now US$');
    expect(ordersFor(email)).toBe(0);
  });

  test('the order API refuses oversized and incomplete requests', async ({ request }) => {
    const big = await request.post('/api/orders', { headers: { 'content-type': 'application/json', 'idempotency-key': 'k'.repeat(20) }, data: JSON.stringify({ pad: 'x'.repeat(100_000) }) });
    expect(big.status()).toBe(413);
    const empty = await request.post('/api/orders', { headers: { 'idempotency-key': 'k'.repeat(20) }, data: { email: 'nobody@example.com' } });
    expect(empty.status()).toBe(422);
  });
});
