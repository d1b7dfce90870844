import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { drawnOtf } from '../lib/brand-fonts/testing/fonts';
import { openProduct } from './support/configurator';
import { addToCart, orderInTheUs } from './support/orders';
import { SIGNED_IN } from './support/staff';
import { expectSaved, openSection } from './support/studio';

// Design tools of issue #17: clipart from the starter library and monograms on the tee, priced
// per layer and made as vector paths; a brand font ticked in the studio offered to shoppers.

const SHOTS = '/tmp';

async function expectNoSeriousProblemsIn(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test.describe('clipart and monograms', () => {
  test('a shopper adds library clipart with the keyboard, recolours it, adds a classic monogram, sees the charges and orders; the maker gets paths', async ({
    page,
    browser,
  }) => {
    test.slow();
    await openProduct(page, 'heavy-cotton-tee');
    const layers = page.getByRole('list', { name: 'Layers' });

    // The picker: Enter opens it with the search focused; Tab reaches the category, then the grid.
    await page.getByRole('button', { name: 'Add clipart' }).focus();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('group', { name: 'Clipart', exact: true });
    await expect(picker.getByLabel('Search clipart')).toBeFocused();
    await page.keyboard.type('heart');
    const results = picker.getByRole('list', { name: 'Clipart to add' });
    await expect(results.getByRole('button')).toHaveCount(3);
    await page.keyboard.press('Tab');
    await expect(picker.getByLabel('Category')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(results.getByRole('button', { name: 'Heart', exact: true })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(results.getByRole('button', { name: 'Hearts', exact: true })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.screenshot({ path: `${SHOTS}/clipart-picker.png` });
    await expectNoSeriousProblemsIn(page, '[aria-label="Clipart"]');
    await page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
    await expect(layers.getByRole('button', { name: 'Clipart “Heart”', exact: true })).toBeVisible();

    // Recolour it: the editor draws the heart in the chosen ink.
    const editor = page.getByRole('application', { name: /^Layout editor for Front print/ });
    const colours = page.getByRole('group', { name: 'Clipart colour' });
    await colours.getByRole('radio').nth(2).check();
    const picked = await colours
      .getByRole('radio')
      .nth(2)
      .evaluate((input) => getComputedStyle(input.parentElement!.querySelector('span')!).backgroundColor);
    const rgb = picked.match(/\d+/g)!.map(Number);
    const hex = `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    await expect(editor.locator(`path[fill="${hex}"]`)).toHaveCount(1);
    await page.getByLabel('Width (mm)').fill('80');

    // A classic monogram, with its letters.
    await page.getByRole('button', { name: 'Add monogram' }).click();
    await page.getByLabel('Letters (1 to 3)').fill('AJK');
    await expect(layers.getByRole('button', { name: 'Monogram “AJK”', exact: true })).toBeVisible();
    await expect(page.getByLabel('Layout', { exact: true })).toHaveValue('classic');
    await expect(editor.locator('path[d]')).toHaveCount(2);
    await expectNoSeriousProblemsIn(page, 'main');
    await page.screenshot({ path: `${SHOTS}/clipart-monogram-tee.png` });

    // Per-layer charges in the quote.
    const lines = page.getByRole('table', { name: 'Price breakdown' });
    await expect(lines).toContainText('Front print: 1 clipart');
    await expect(lines).toContainText('Front print: 1 monogram');
    await lines.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/clipart-quote-lines.png` });

    // Order, and the maker's zone SVG is made of paths.
    await addToCart(page);
    const number = await orderInTheUs(page, `clipart-${Date.now()}@example.com`);

    const maker = await browser.newContext({ storageState: SIGNED_IN.maker });
    try {
      const response = await maker.request.get(`/api/maker/orders/${number}/files/${number}_1_front.svg`);
      expect(response.status()).toBe(200);
      const svg = await response.text();
      expect(svg).not.toContain('<text');
      expect(svg.match(/<path /g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(svg).toContain(`fill="${hex}"`);
    } finally {
      await maker.close();
    }
  });
});

test.describe('brand fonts in zones', () => {
  test.use({ storageState: SIGNED_IN.admin });

  test('a brand font ticked for the mug’s zone is offered to shoppers for monograms', async ({ page }) => {
    test.slow();
    const upload = await page.request.post('/api/studio/fonts', {
      multipart: {
        file: { name: 'OnekindTest-Bold.otf', mimeType: 'font/otf', buffer: Buffer.from(drawnOtf()) },
        licenceNote: 'Made for the tests',
      },
    });
    expect([200, 201]).toContain(upload.status());

    await page.goto('/studio/templates/ceramic-mug-11oz');
    await openSection(page, 'Zones');
    const brandFont = page.getByRole('checkbox', { name: 'Onekind Test Bold (brand font)' });
    await brandFont.check();
    await expect(page.getByRole('checkbox', { name: 'Classic (larger middle letter)' })).toBeChecked();
    await expectSaved(page);
    await brandFont.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/clipart-studio-zone.png` });
    await openSection(page, 'Pricing');
    const charges = page.getByRole('table', { name: 'Personalisation charges' });
    await expect(charges.getByRole('columnheader', { name: /^Per clipart/ })).toBeVisible();
    await expect(charges.getByRole('columnheader', { name: /^Per monogram/ })).toBeVisible();
    await charges.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/clipart-studio-charges.png` });
    await page.getByRole('button', { name: 'Publish…' }).click();
    await page.getByRole('button', { name: /^Publish version \d+$/ }).click();
    await expect(page.getByRole('heading', { name: /^Published version \d+$/ })).toBeVisible();

    await openProduct(page, 'ceramic-mug-11oz');
    await page.getByRole('button', { name: 'Add monogram' }).click();
    const font = page.getByLabel('Font', { exact: true });
    await expect(font.getByRole('option', { name: 'Onekind Test Bold' })).toHaveCount(1);
    await font.selectOption({ label: 'Onekind Test Bold' });
    await page.getByLabel('Letters (1 to 3)').fill('HAn');
    await expect(
      page.getByRole('list', { name: 'Layers' }).getByRole('button', { name: 'Monogram “HAn”', exact: true }),
    ).toBeVisible();
    // The test font draws its letters as squares: no glyph is refused.
    await expect(page.getByText(/This font cannot write/)).toBeHidden();
    const editor = page.getByRole('application', { name: /^Layout editor for/ });
    await expect(editor.locator('path[d]')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/clipart-brand-font-monogram.png` });
  });
});
