import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { drawnOtf } from '../lib/brand-fonts/testing/fonts';
import { addText, openProduct, waitForStillScene } from './support/configurator';
import { addToCart, fillCheckout, shopper } from './support/orders';
import { SIGNED_IN } from './support/staff';
import { expectSaved, openSection } from './support/studio';

// A brand's own font and clipart in a shopper's design show in every picture of it: the cart,
// the order page, the maker's order page and the saved design's 3D preview (they used to be
// drawn with the shipped fonts and the library clipart only, leaving the brand's art out), and
// the design's preview PNG.

const ORDER_NUMBER = /OK-[A-Z2-9]{4}-[A-Z2-9]{4}/;
const SHOTS = '/tmp';
const ZONE = 'Wrap-around print';
// A brand mark no library icon draws: a ring with a bar.
const MARK =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><path fill="#0f766e" d="M50 5a45 45 0 1 0 0.1 0zM50 25a25 25 0 1 1-0.1 0zM10 45h80v10H10z"/></svg>';

/** The outlines a drawing is made of, bottom first. */
const outlines = (drawing: Locator) =>
  drawing.locator('path[d]').evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));

async function expectPictureDraws(page: Page, drawn: (string | null)[]) {
  const picture = page.getByTitle(`${ZONE} artwork`);
  await expect(picture).toBeVisible();
  expect(await outlines(picture)).toEqual(drawn);
}

test.use({ storageState: SIGNED_IN.admin });

test('a design in a brand font with brand clipart shows them in the cart, the order and the maker’s pictures', async ({
  page,
}) => {
  test.slow();
  // The brand's font and clipart, uploaded in the studio's assets.
  await page.goto('/studio/assets');
  const fontForm = page.getByRole('form', { name: 'Upload a font' });
  await fontForm.getByLabel('Font file').setInputFiles({
    name: 'OnekindTest-Bold.otf',
    mimeType: 'font/otf',
    buffer: Buffer.from(drawnOtf(false, 'Pictures Test')),
  });
  await fontForm.getByLabel('Licence note').fill('Made for the tests');
  await fontForm.getByRole('button', { name: 'Upload' }).click();
  await expect(fontForm.getByRole('status')).toHaveText('Font added.');
  const clipartForm = page.getByRole('form', { name: 'Upload clipart' });
  await clipartForm
    .getByLabel('SVG file')
    .setInputFiles({ name: 'mark.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(MARK) });
  await clipartForm.getByLabel('Name').fill('Brand mark');
  await clipartForm.getByLabel('Category').selectOption('Brand');
  await clipartForm.getByRole('button', { name: 'Upload' }).click();
  await expect(clipartForm.getByRole('status')).toHaveText('Clipart added.');

  // The mug's zone takes clipart; the brand ticks its font there and publishes.
  await page.goto('/studio/templates/ceramic-mug-11oz');
  await openSection(page, 'Zones');
  await expect(page.getByRole('checkbox', { name: 'Clipart', exact: true })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Pictures Test Bold (brand font)' }).check();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Publish…' }).click();
  await page.getByRole('button', { name: /^Publish version \d+$/ }).click();
  await expect(page.getByRole('heading', { name: /^Published version \d+$/ })).toBeVisible();

  // The shopper adds the brand clipart and a text in the brand font.
  await openProduct(page, 'ceramic-mug-11oz');
  await page.getByRole('button', { name: 'Add clipart' }).click();
  const picker = page.getByRole('group', { name: 'Clipart', exact: true });
  await picker.getByLabel('Search clipart').fill('Brand mark');
  await picker
    .getByRole('list', { name: 'Clipart to add' })
    .getByRole('button', { name: 'Brand mark' })
    .click();
  const layers = page.getByRole('list', { name: 'Layers' });
  await expect(layers.getByRole('button', { name: 'Clipart', exact: true })).toBeVisible();
  // Moved 50 mm left with the keyboard, beside the text rather than under it.
  const editor = page.getByRole('application', { name: /^Layout editor for/ });
  await editor.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByText(/^Clipart \(layer 1 of 1\) at 58 mm/)).toBeVisible();
  await addText(page, 'Hana');
  await page.getByLabel('Font', { exact: true }).selectOption({ label: 'Pictures Test Bold' });
  await expect(editor.locator('path[d]')).toHaveCount(2);
  await expect(page.getByText(/This font cannot write/)).toBeHidden();
  // What the editor draws is what every picture must draw.
  const drawn = await outlines(editor);
  expect(drawn.every((d) => d !== null && d.length > 20)).toBe(true);

  await addToCart(page);
  await page.goto('/cart');
  await expectPictureDraws(page, drawn);
  await page.getByRole('list', { name: 'Cart items' }).screenshot({ path: `${SHOTS}/pictures-cart.png` });

  // The saved design's 3D preview fetches the brand clipart as the configurator does.
  const designLink = page.getByRole('list', { name: 'Cart items' }).getByRole('link').first();
  const designPath = (await designLink.getAttribute('href')) ?? '';
  const clipartFetched = page.waitForResponse((r) => /\/api\/clipart\/[a-z0-9-]+$/.test(r.url()) && r.ok());
  await page.goto(designPath);
  await clipartFetched;
  // The design's PNG (for stores embedding the configurator): its artwork tile, right of the
  // 640 px product picture, has ink where the mark and the letters are.
  const png = await page.request.get(`${designPath}/preview.png`);
  expect(png.status()).toBe(200);
  fs.writeFileSync(`${SHOTS}/pictures-preview.png`, await png.body());
  const tile = await sharp(await png.body())
    .extract({ left: 640, top: 0, width: 320, height: 640 })
    .greyscale()
    .raw()
    .toBuffer();
  expect(tile.filter((v) => v < 100).length).toBeGreaterThan(500);

  const figure = page.getByRole('figure', { name: `${ZONE} artwork, as it will be made` });
  await expect(figure).toBeVisible();
  expect(await outlines(figure)).toEqual(drawn);
  await expect(page.getByText('Loading 3D preview…')).toBeHidden({ timeout: 60_000 });
  await waitForStillScene(page, 700);
  await page.screenshot({ path: `${SHOTS}/pictures-saved-design.png` });

  // Order, and the order page's picture draws the same.
  await fillCheckout(page, {
    ...shopper(`pictures-${Date.now()}@example.com`),
    postalCode: 'SW1A 1AA',
    city: 'London',
  });
  await page.getByRole('button', { name: 'Place order' }).click();
  const heading = page.getByRole('heading', { name: ORDER_NUMBER });
  await expect(heading).toBeVisible();
  const number = ORDER_NUMBER.exec((await heading.textContent()) ?? '')![0];
  await expectPictureDraws(page, drawn);
  await page.screenshot({ path: `${SHOTS}/pictures-order.png`, fullPage: true });

  // The studio's page of the order (the maker's page with the brand's facts) too.
  await page.goto(`/studio/orders/${number}`);
  await expectPictureDraws(page, drawn);
  await page
    .getByRole('list', { name: 'Lines to make' })
    .screenshot({ path: `${SHOTS}/pictures-studio-order.png` });
});
