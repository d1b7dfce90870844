import { expect, test } from '@playwright/test';

test.describe('catalogue', () => {
  test('lists every seeded product with a picture and a "from" price in its currency', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Make it one of a kind' })).toBeVisible();
    const products = page.getByRole('list', { name: 'Products' }).getByRole('listitem');
    await expect(products).toHaveCount(6);

    const card = (name: string) => page.getByRole('link', { name: new RegExp(name) });
    await expect(card('iPhone 17 Slim Case')).toContainText('from €24.90');
    await expect(card('Ceramic Mug, 11 oz')).toContainText('from £12.95');
    await expect(card('Heavy Cotton Tee')).toContainText('from US$19.00');
    await expect(card("Men's Five-Pocket Jeans")).toContainText('from €89.00');
    await expect(card('Stainless Water Bottle, 750 ml')).toContainText('from €32.00');
    await expect(card('A5 Hardcover Notebook')).toContainText('from €19.00');

    // Each picture is drawn from the template's geometry, not a placeholder image.
    for (const name of [
      'iPhone 17 Slim Case',
      'Ceramic Mug, 11 oz',
      'Heavy Cotton Tee',
      "Men's Five-Pocket Jeans",
      'Stainless Water Bottle, 750 ml',
      'A5 Hardcover Notebook',
    ]) {
      await expect(card(name).getByRole('img', { name })).toBeVisible();
    }
  });

  test('opens a product page with its sizes, options and zones in millimetres', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /Men's Five-Pocket Jeans/ }).click();
    await expect(page).toHaveURL(/\/products\/five-pocket-jeans$/);
    await expect(page.getByRole('heading', { level: 1, name: "Men's Five-Pocket Jeans" })).toBeVisible();

    const details = page.getByRole('region', { name: 'Product details' });
    const sizes = details.getByRole('table');
    await expect(sizes.getByRole('rowheader')).toHaveCount(30);
    await expect(sizes.getByRole('rowheader', { name: 'W28 L30' })).toBeVisible();
    await expect(sizes.getByRole('rowheader', { name: /W40 L34/ })).toBeVisible();

    await expect(details.getByRole('heading', { name: 'Wash' })).toBeVisible();
    await expect(details.getByText('Dark rinse indigo')).toBeVisible();
    await expect(details.getByText('Black-oxide rivets do not survive the bleach wash')).toBeVisible();

    const pocket = details.getByRole('region', { name: 'Back pocket embroidery', exact: true });
    await expect(pocket).toContainText('Embroidery');
    await expect(pocket).toContainText('110 mm × 40 mm');
    await expect(pocket).toContainText('Isacord 40 #0015');
  });

  test('shows a friendly page for an unknown product', async ({ page }) => {
    const response = await page.goto('/products/no-such-thing');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'We could not find that' })).toBeVisible();
  });
});
