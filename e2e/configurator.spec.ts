import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  FIXTURES,
  addText,
  choose,
  expectTotal,
  openProduct,
  saveAndOpenShareLink,
  uploadImage,
} from './support/configurator';

test.describe('configurator', () => {
  test('phone case: finish, text, photo, live price, warnings, limits, undo, save and share', async ({
    page,
  }) => {
    await openProduct(page, 'iphone-17-case');
    await expectTotal(page, '€24.90');
    await choose(page, 'Sand, soft-touch matte');
    await choose(page, 'Ribbed grip sides');
    await expectTotal(page, '€26.90');
    await addText(page, 'Ada');
    await uploadImage(page, FIXTURES.photo);
    await expectTotal(page, '€29.90');

    await uploadImage(page, FIXTURES.tiny);
    await expect(
      page.getByText(/may print blurry \(200 dpi needed\)\. Print it at most 8\.1 mm wide/),
    ).toBeVisible();
    await expectTotal(page, '€32.90');
    await page.getByRole('button', { name: 'Delete Image' }).first().click();
    await expectTotal(page, '€29.90');

    await page.getByRole('button', { name: /^Text “Ada”/ }).click();
    await page.getByLabel('Text', { exact: true }).fill('x'.repeat(41));
    await expect(
      page.getByText('Case back takes at most 40 characters; you have 41. Remove 1.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save and share' })).toBeDisabled();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Text', { exact: true })).toHaveValue('Ada');
    await expect(page.getByRole('button', { name: 'Save and share' })).toBeEnabled();

    const path = await saveAndOpenShareLink(page);
    expect(path).toMatch(/^\/d\/[0-9A-Za-z]{10}$/);
    await expect(page.getByRole('heading', { name: 'Your iPhone 17 Slim Case' })).toBeVisible();
    await expect(page.getByText('Sand, soft-touch matte')).toBeVisible();
    await expect(page.getByText('Ribbed grip sides')).toBeVisible();
    await expect(page.getByText(/Text “Ada” in Inter/)).toBeVisible();
    await expect(page.getByText('€29.90')).toBeVisible();
    await page.getByRole('link', { name: 'Edit a copy' }).click();
    await expect(page.getByText('editing a copy of a saved design')).toBeVisible();
    await expectTotal(page, '€29.90');
  });

  test('mug: inside colour, glaze, wrap text and photo', async ({ page }) => {
    await openProduct(page, 'ceramic-mug-11oz');
    await choose(page, 'Cobalt blue');
    await choose(page, 'Satin matte');
    await addText(page, 'Best dad');
    await uploadImage(page, FIXTURES.photo);
    await expectTotal(page, '£18.45');
    await page.getByRole('button', { name: /^Text “Best dad”/ }).click();
    await page.getByLabel('Text', { exact: true }).fill('y'.repeat(61));
    await expect(
      page.getByText('Wrap-around print takes at most 60 characters; you have 61. Remove 1.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save and share' })).toBeDisabled();
    await page.getByLabel('Text', { exact: true }).fill('Best dad');
    await uploadImage(page, FIXTURES.tiny);
    await expect(page.getByText(/may print blurry \(150 dpi needed\)/)).toBeVisible();
    await saveAndOpenShareLink(page);
    await expect(page.getByText(/Text “Best dad”/)).toBeVisible();
    await expect(page.getByText('Cobalt blue')).toBeVisible();
  });

  test('tee: colour, size, front text and photo', async ({ page }) => {
    await openProduct(page, 'heavy-cotton-tee');
    await choose(page, 'Black');
    await choose(page, 'XXL');
    await addText(page, 'Team Onekind');
    await uploadImage(page, FIXTURES.photo);
    await expectTotal(page, 'US$24.00');
    await choose(page, 'Back print');
    await addText(page, 'z'.repeat(81));
    await expect(page.getByText(/Back print takes at most 80 characters; you have 81/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save and share' })).toBeDisabled();
    await page.getByLabel('Text', { exact: true }).fill('Crew');
    await expectTotal(page, 'US$29.00');
    // The photo is 143 dpi across the full front (150 needed): a warning that does not block.
    await expect(page.getByText(/Front print: This image is 143 dpi at 284\.8 mm wide/)).toBeVisible();
    await uploadImage(page, FIXTURES.tiny);
    await expect(page.getByText(/Back print: This image is \d+ dpi .* may print blurry/)).toBeVisible();
    await saveAndOpenShareLink(page);
    await expect(page.getByText('XXL')).toBeVisible();
    await expect(page.getByText(/Text “Team Onekind”/)).toBeVisible();
    await expect(page.getByText(/Text “Crew”/)).toBeVisible();
  });

  test('jeans: wash, size grid, pocket embroidery and patch engraving', async ({ page }) => {
    await openProduct(page, 'five-pocket-jeans');
    await choose(page, 'Mid stonewash');
    await page.getByLabel('Waist x length').selectOption({ label: 'W38 L32 (+€5.00)' });
    await addText(page, 'JD');
    await expectTotal(page, '€103.00');
    await page.getByLabel('Text', { exact: true }).fill('ABCDEFGHIJKLM');
    await expect(
      page.getByText('Back pocket embroidery takes at most 12 characters; you have 13. Remove 1.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save and share' })).toBeDisabled();
    await page.getByLabel('Text', { exact: true }).fill('JD');
    await choose(page, 'Leather patch engraving');
    await uploadImage(page, FIXTURES.photo);
    await expectTotal(page, '€113.00');
    await uploadImage(page, FIXTURES.tiny);
    await expect(page.getByText(/may print blurry \(300 dpi needed\)/)).toBeVisible();
    await page.getByRole('button', { name: 'Delete Image' }).first().click();
    await saveAndOpenShareLink(page);
    await expect(page.getByText('W38 L32')).toBeVisible();
    await expect(page.getByText('Mid stonewash')).toBeVisible();
    await expect(page.getByText(/Text “JD” in Inter Bold/)).toBeVisible();
  });

  test('the 3D preview renders the product and the page has no serious accessibility problems', async ({
    page,
  }) => {
    await openProduct(page, 'heavy-cotton-tee');
    await expect(page.getByRole('img', { name: /3D preview of Heavy Cotton Tee/ })).toBeVisible();
    await expect(page.getByText('Loading 3D preview…')).toBeHidden({ timeout: 30_000 });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test('works with the keyboard alone: add text, type, move and resize it in the layout editor, undo', async ({
    page,
  }) => {
    await openProduct(page, 'ceramic-mug-11oz');
    await page.getByRole('button', { name: 'Add text' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Text', { exact: true }).focus();
    await page.keyboard.type('Hi');
    await expectTotal(page, '£12.95');

    const editor = page.getByRole('application', { name: /^Layout editor for Wrap-around print/ });
    const status = page.getByText(/^Text “Hi” \(layer 1 of 1\) at /);
    const position = async () => {
      const [, x, y] = /at ([\d.]+) mm, ([\d.]+) mm/.exec((await status.textContent()) ?? '') ?? [];
      return { x: Number(x), y: Number(y) };
    };
    await editor.focus();
    const start = await position();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(position).toEqual({ x: start.x + 3, y: start.y + 10 });
    const size = async () => Number(await page.getByLabel('Size (mm)').inputValue());
    const before = await size();
    await page.keyboard.press('+');
    await expect.poll(size).toBeGreaterThan(before);
    // Resizing is its own undo step, whatever the timing of the moves before it.
    await page.keyboard.press('Control+z');
    await expect.poll(size).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(size).toBeGreaterThan(before);
  });

  test('stacks the preview above the panels on a 390 px phone, without sideways scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openProduct(page, 'ceramic-mug-11oz');
    const preview = await page.getByRole('button', { name: 'Reset view' }).boundingBox();
    const panels = await page.getByRole('heading', { name: 'Make it yours' }).boundingBox();
    expect(preview!.y).toBeLessThan(panels!.y);
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    // With layers (their toolbar and list) and the clipart picker open, the page still fits.
    await page.getByRole('button', { name: 'Add text' }).click();
    await page.getByRole('button', { name: 'Add clipart' }).click();
    await expect(page.getByLabel('Search clipart')).toBeVisible();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
  });
});
