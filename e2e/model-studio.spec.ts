import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addText, openProduct } from './support/configurator';
import { addToCart, fillCheckout, shopper } from './support/orders';
import { SIGNED_IN } from './support/staff';
import { expectSaved, openSection, openStudio, shot } from './support/studio';

// A brand adds a product from its own 3D model (the tumbler, authored in centimetres, not in
// the seed catalogue): upload, unit, a print area measured on the model, a colour option, a
// camera view; publishes; a shopper orders it, and the maker's print PDF is the measured size.

const TUMBLER = path.join(import.meta.dirname, 'fixtures', 'tumbler-cm.glb');
const ORDER_NUMBER = /OK-[A-Z2-9]{4}-[A-Z2-9]{4}/;
const PT_TO_MM = 25.4 / 72;

test.use({ storageState: SIGNED_IN.admin });

/** TrimBox width and height in mm of a PDF, read by poppler's pdfinfo. */
function trimBoxMm(pdf: Buffer): { widthMm: number; heightMm: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'onekind-trim-'));
  const file = path.join(dir, 'print.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' });
  const box = /TrimBox:\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)/.exec(info);
  if (!box) throw new Error(`no TrimBox in ${info}`);
  const [x0, y0, x1, y1] = box.slice(1).map(Number) as [number, number, number, number];
  return { widthMm: (x1 - x0) * PT_TO_MM, heightMm: (y1 - y0) * PT_TO_MM };
}

/** With DOCS_SCREENSHOTS=1, a picture of one part of the page for the README's guide. */
async function docShot(target: Locator | Page, name: string) {
  if (!process.env.DOCS_SCREENSHOTS) return;
  await target.screenshot({
    path: path.join(import.meta.dirname, '..', 'docs', 'images', `add-product-${name}.png`),
  });
}

async function placeZone(page: Page, rect: Record<'u0' | 'v0' | 'u1' | 'v1', string>) {
  for (const [key, value] of Object.entries(rect)) await page.getByLabel(key, { exact: true }).fill(value);
}

test('a brand makes a product from its own 3D model; a shopper orders it; the print is the measured size', async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  const run = Date.now().toString(36);
  const slug = `own-tumbler-${run}`;
  const name = `Own Tumbler ${run}`;

  await openStudio(page);
  await page.getByRole('link', { name: 'New product from a 3D model' }).click();
  await expect(page.getByRole('radio', { name: /^3D model/ })).toBeChecked();
  await page.getByLabel('Product name').fill(name);
  await page.getByLabel('Web address').fill(slug);
  await page.getByLabel('Brand').fill('Acme Drinkware');
  await page.getByLabel('Description').fill('A 566 ml insulated tumbler with your print around its side.');
  await page.getByRole('button', { name: 'Create template' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await openSection(page, 'Geometry');

  // 1. Upload: the tumbler was made in centimetres, so read as glTF's metres it is 15 m tall.
  await page.getByLabel('Replace the model').setInputFiles(TUMBLER);
  await expect(page.getByLabel('Bounding box')).toHaveText('9000 mm wide × 15000 mm high × 9000 mm deep');
  await expect(page.getByRole('table', { name: 'Meshes' }).getByRole('row')).toHaveCount(3);
  await shot(page, 'model-01-uploaded');
  await docShot(page.getByRole('group', { name: '2. Real size' }), '1-upload');

  // 2. The unit: centimetres.
  await page.getByRole('radio', { name: 'Centimetres' }).check();
  await expect(page.getByLabel('Bounding box')).toHaveText('90 mm wide × 150 mm high × 90 mm deep');
  await shot(page, 'model-02-unit');
  await docShot(page.getByRole('group', { name: '2. Real size' }), '2-unit');

  // 3. Parts: both materials may take a colour; the lid's gets a name shoppers read.
  const materials = page.getByRole('list', { name: 'Materials' });
  await expect(materials.getByRole('checkbox')).toHaveCount(2);
  await page.getByLabel('Name shoppers read for “Lid plastic”').fill('Lid');

  // 4. A print area on the tumbler's side: drawn on the UV layout, then set exactly.
  await expect(page.getByRole('radio', { name: 'Tumbler' })).toBeChecked();
  const uv = page.getByRole('img', { name: 'UV layout of Tumbler' });
  await uv.scrollIntoViewIfNeeded();
  const box = (await uv.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.67);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.86, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByLabel('Measured size')).toBeVisible();
  // Across a seam it is refused.
  await placeZone(page, { u0: '0.3', v0: '0.45', u1: '0.5', v1: '0.6' });
  await expect(page.getByRole('alert').filter({ hasText: /UV island|seam/ })).toBeVisible();
  await shot(page, 'model-03-zone-refused');
  await docShot(page.getByRole('group', { name: '4. Print areas' }), '3-refused');
  const measured = page.waitForResponse(
    async (r) =>
      r.url().endsWith('/measure') && r.ok() && ((await r.json()) as { widthMm: number }).widthMm > 0,
  );
  await placeZone(page, { u0: '0.3', v0: '0.7134', u1: '0.5', v1: '0.8134' });
  const zone = (await (await measured).json()) as { widthMm: number; heightMm: number; stretchPct: number };
  expect(zone.heightMm).toBeCloseTo(30, 0);
  await expect(page.getByLabel('Stretch')).toHaveText(`${zone.stretchPct.toFixed(1)} %`);
  await expect(page.getByText('this area will print distorted')).toBeVisible();
  await page.getByLabel('Print area name').fill('Side print');
  await shot(page, 'model-04-zone');
  await docShot(page.getByRole('group', { name: '4. Print areas' }), '4-zone');
  await page.getByRole('button', { name: 'Add print area' }).click();
  await expect(page.getByRole('list', { name: 'Print areas' })).toContainText('Side print');

  // 5. A camera view, after orbiting.
  const viewer = page.getByRole('img', { name: /3D view of the model/ });
  await expect(viewer).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await viewer.scrollIntoViewIfNeeded();
  const v = (await viewer.boundingBox())!;
  await page.mouse.move(v.x + v.width / 2, v.y + v.height / 2);
  await page.mouse.down();
  await page.mouse.move(v.x + v.width / 2 + 60, v.y + v.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.getByLabel('View name').fill('Print side');
  await page.getByRole('button', { name: 'Save this view' }).click();
  await expect(page.getByRole('list', { name: 'Camera views' })).toContainText('Print side');
  await shot(page, 'model-05-views');

  // A colour option on the tumbler's powder coat.
  await openSection(page, 'Options');
  await page.getByLabel('Part it changes').first().selectOption({ label: 'Powder coat' });
  const first = page
    .getByRole('list', { name: /^Choices of/ })
    .first()
    .getByRole('listitem')
    .first();
  await first.getByLabel('Choice name').fill('Forest');
  await first.getByLabel('Colour', { exact: true }).fill('#2f6f4f');
  await shot(page, 'model-06-option');
  await docShot(page, '5-option');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Publish…' }).click();
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(page.getByRole('heading', { name: 'Published version 1' })).toBeVisible();

  // A shopper personalizes and orders it.
  await openProduct(page, slug);
  await page.getByRole('radio', { name: /^Forest/ }).check();
  await addText(page, 'Ada');
  await addToCart(page);
  await fillCheckout(page, shopper(`model-${run}@example.com`));
  await page.getByRole('button', { name: 'Place order' }).click();
  const heading = page.getByRole('heading', { name: ORDER_NUMBER });
  await expect(heading).toBeVisible();
  const number = ORDER_NUMBER.exec((await heading.textContent()) ?? '')![0];

  // The maker's print PDF is the zone measured on the model, to 0.1 mm.
  const workshop = await browser.newContext({ storageState: SIGNED_IN.maker });
  const files = await workshop.request.get(`/api/maker/orders/${number}/files/${number}_1_engraving.pdf`);
  expect(files.status()).toBe(200);
  const trim = trimBoxMm(await files.body());
  expect(Math.abs(trim.widthMm - zone.widthMm)).toBeLessThan(0.1);
  expect(Math.abs(trim.heightMm - zone.heightMm)).toBeLessThan(0.1);
  await workshop.close();
});

test('a brand drags the print area on the 3D model and it moves on the UV layout', async ({ page }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  await openStudio(page);
  await page.getByRole('link', { name: 'New product from a 3D model' }).click();
  await page.getByLabel('Product name').fill(`Dragged Tumbler ${run}`);
  await page.getByLabel('Web address').fill(`dragged-tumbler-${run}`);
  await page.getByLabel('Brand').fill('Acme Drinkware');
  await page.getByLabel('Description').fill('A tumbler whose print area is placed on the model.');
  await page.getByRole('button', { name: 'Create template' }).click();
  await openSection(page, 'Geometry');
  await page.getByLabel('Replace the model').setInputFiles(TUMBLER);
  await expect(page.getByLabel('Bounding box')).toHaveText('9000 mm wide × 15000 mm high × 9000 mm deep');
  await page.getByRole('radio', { name: 'Centimetres' }).check();
  await expect(page.getByLabel('Bounding box')).toHaveText('90 mm wide × 150 mm high × 90 mm deep');
  await expect(page.getByRole('radio', { name: 'Tumbler' })).toBeChecked();
  await placeZone(page, { u0: '0.3', v0: '0.7134', u1: '0.5', v1: '0.8134' });
  await expect(page.getByLabel('Measured size')).toBeVisible();

  // Drag across the tumbler's side on the 3D view: the rectangle follows, and is measured again.
  const viewer = page.getByRole('img', { name: /3D view of the model/ });
  await expect(viewer).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await viewer.scrollIntoViewIfNeeded();
  const v = (await viewer.boundingBox())!;
  const measured = page.waitForResponse((r) => r.url().endsWith('/measure'));
  await page.mouse.move(v.x + v.width / 2, v.y + v.height / 2);
  await page.mouse.down();
  await page.mouse.move(v.x + v.width / 2 + 40, v.y + v.height / 2 - 30, { steps: 8 });
  await shot(page, 'model-07-drag-on-model');
  await page.mouse.up();
  await measured;
  const u0 = Number(await page.getByLabel('u0', { exact: true }).inputValue());
  const v0 = Number(await page.getByLabel('v0', { exact: true }).inputValue());
  const u1 = Number(await page.getByLabel('u1', { exact: true }).inputValue());
  const v1 = Number(await page.getByLabel('v1', { exact: true }).inputValue());
  expect(Math.abs(u0 - 0.3) + Math.abs(v0 - 0.7134)).toBeGreaterThan(0.01);
  // Moved, not resized.
  expect(u1 - u0).toBeCloseTo(0.2, 3);
  expect(v1 - v0).toBeCloseTo(0.1, 3);
  // Measured again where it now lies.
  await expect(page.getByLabel('Measured size')).toBeVisible();
  await viewer.screenshot({ path: 'test-results/studio/model-08-zone-on-model.png' });
});
