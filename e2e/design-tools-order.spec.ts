// Issue #17 end to end: on the tee a shopper sets text on a circle, a monogram, a library
// clipart and a cropped photo cut to a circle, each placed with the keyboard, and orders. The
// maker's print PNG of the zone must match what the shopper saw in the layout editor: both are
// reduced to how much of each cell of a grid over the print area is inked, and compared.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { FIXTURES, openProduct, uploadImage } from './support/configurator';
import { addToCart, orderInTheUs } from './support/orders';
import { SIGNED_IN } from './support/staff';

const OUT = path.join(import.meta.dirname, '..', 'test-results', 'design-tools-order');
// The grid the two pictures are compared on: 12 mm cells over the tee's 305 x 356 mm front.
const GRID = { columns: 25, rows: 30 };

/** Moves the selected layer by `steps` × 10 mm with Shift+arrow in the layout editor. */
async function nudge(page: Page, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', steps: number) {
  const editor = page.getByRole('application', { name: /^Layout editor for Front print/ });
  await editor.focus();
  for (let i = 0; i < steps; i++) await page.keyboard.press(`Shift+${key}`);
}

/** The inked share of each grid cell of an RGBA picture, where `inked` says which pixels are. */
function inkGrid(
  data: Uint8Array,
  width: number,
  height: number,
  inked: (r: number, g: number, b: number, a: number) => boolean,
): number[] {
  const cells = new Array<number>(GRID.columns * GRID.rows).fill(0);
  const counts = new Array<number>(GRID.columns * GRID.rows).fill(0);
  for (let y = 0; y < height; y++) {
    const row = Math.min(GRID.rows - 1, Math.floor((y / height) * GRID.rows));
    for (let x = 0; x < width; x++) {
      const column = Math.min(GRID.columns - 1, Math.floor((x / width) * GRID.columns));
      const i = (y * width + x) * 4;
      const cell = row * GRID.columns + column;
      counts[cell]! += 1;
      if (inked(data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!)) cells[cell]! += 1;
    }
  }
  return cells.map((n, i) => n / counts[i]!);
}

function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let [ab, aa, bb] = [0, 0, 0];
  for (let i = 0; i < a.length; i++) {
    ab += (a[i]! - ma) * (b[i]! - mb);
    aa += (a[i]! - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

test('arc text, a monogram, a clipart and a cropped, masked photo on the tee: the maker’s print matches the editor', async ({
  page,
  browser,
}) => {
  test.slow();
  await openProduct(page, 'heavy-cotton-tee');
  const layers = page.getByRole('list', { name: 'Layers' });

  // Text on a circle, at the top of the print area.
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.getByLabel('Text', { exact: true }).fill('ONEKIND ROCKS');
  await page.getByLabel('Size (mm)').fill('22');
  await page.getByLabel('Text on a circle').check();
  await page.getByLabel('Circle radius (mm)').fill('70');
  await page.getByLabel('Circle radius (mm)').blur();
  await nudge(page, 'ArrowUp', 9);

  // A classic monogram, at the bottom.
  await page.getByRole('button', { name: 'Add monogram' }).click();
  await page.getByLabel('Letters (1 to 3)').fill('AJK');
  await expect(layers.getByRole('button', { name: 'Monogram “AJK”', exact: true })).toBeVisible();
  await page.getByLabel('Size (mm)').fill('50');
  await page.getByLabel('Size (mm)').blur();
  await nudge(page, 'ArrowDown', 11);

  // A heart from the starter library, on the left.
  await page.getByRole('button', { name: 'Add clipart' }).click();
  const picker = page.getByRole('group', { name: 'Clipart', exact: true });
  await picker.getByLabel('Search clipart').fill('heart');
  await picker
    .getByRole('list', { name: 'Clipart to add' })
    .getByRole('button', { name: 'Heart', exact: true })
    .click();
  await expect(layers.getByRole('button', { name: 'Clipart “Heart”', exact: true })).toBeVisible();
  await page.getByLabel('Width (mm)').fill('80');
  await page.getByLabel('Width (mm)').blur();
  await nudge(page, 'ArrowLeft', 8);

  // The photo's hills and trees (its left half, lower part), cut to a circle, on the right.
  await uploadImage(page, FIXTURES.photo);
  await page.getByLabel('Crop top (%)').fill('40');
  await page.getByLabel('Crop height (%)').fill('60');
  await page.getByLabel('Crop width (%)').fill('45');
  await page.getByLabel('Crop width (%)').blur();
  await page.getByLabel('Mask').selectOption('circle');
  await page.getByLabel('Width (mm)').fill('90');
  await page.getByLabel('Width (mm)').blur();
  await nudge(page, 'ArrowRight', 8);
  await expect(layers.getByRole('listitem')).toHaveCount(4);
  // Each where the keys put it (the editor's status line reads the selected layer's centre).
  const status = page.locator('p[aria-live="polite"]').first();
  for (const [name, at] of [
    ['Text “ONEKIND ROCKS”', /at 152\.4 mm, 87\.8 mm/],
    ['Monogram “AJK”', /at 152\.4 mm, 287\.8 mm/],
    ['Clipart “Heart”', /at 72\.4 mm, 177\.8 mm/],
    ['Image', /at 232\.4 mm, 177\.8 mm/],
  ] as const) {
    await layers.getByRole('button', { name, exact: true }).click();
    await expect(status).toContainText(at);
  }

  // The editor as the shopper sees it, without the selection and the guide lines.
  const editor = page.getByRole('application', { name: /^Layout editor for Front print/ });
  await editor.focus();
  await page.keyboard.press('Escape');
  await page.addStyleTag({ content: '[data-guides] { display: none }' });
  await editor.screenshot({ path: path.join(OUT, 'editor.png') });
  const shown = await sharp(await editor.screenshot())
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  await page.screenshot({ path: path.join(OUT, 'configurator.png'), fullPage: true });

  await addToCart(page);
  const number = await orderInTheUs(page, `design-tools-${Date.now()}@example.com`);

  const maker = await browser.newContext({ storageState: SIGNED_IN.maker });
  try {
    const file = async (name: string) => {
      const response = await maker.request.get(`/api/maker/orders/${number}/files/${number}_1_${name}`);
      expect(response.status(), name).toBe(200);
      return response.body();
    };
    // Vector artwork: outlines only, no fonts and no text.
    const svg = (await file('front.svg')).toString('utf8');
    expect(svg).not.toContain('<text');
    expect(svg).toMatch(/<clipPath id="onekind-mask-/);

    const png = await file('front.png');
    await sharp(png).toFile(path.join(OUT, 'maker-front.png'));
    const made = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    // The tee's front has no bleed: both pictures span exactly the print area.
    // Inked in the editor: far from the garment's colour, read off a corner of the print area.
    const at = (10 * shown.info.width + 10) * 4;
    const [br, bg, bb] = [shown.data[at]!, shown.data[at + 1]!, shown.data[at + 2]!];
    const seen = inkGrid(
      shown.data,
      shown.info.width,
      shown.info.height,
      (r, g, b) => Math.max(Math.abs(r - br), Math.abs(g - bg), Math.abs(b - bb)) > 48,
    );
    const printed = inkGrid(made.data, made.info.width, made.info.height, (_r, _g, _b, a) => a > 128);
    const inkedCells = (cells: number[]) => cells.filter((v) => v > 0.1).length;
    expect(inkedCells(printed)).toBeGreaterThan(40);
    expect(correlation(seen, printed)).toBeGreaterThan(0.9);
    // Where one is inked, so is the other (cells with at least 30 % ink).
    const both = seen.filter((v, i) => v > 0.3 && printed[i]! > 0.3).length;
    const either = seen.filter((v, i) => v > 0.3 || printed[i]! > 0.3).length;
    expect(both / either).toBeGreaterThan(0.8);
  } finally {
    await maker.close();
  }
});
