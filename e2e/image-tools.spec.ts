// Issue #17, image tools: a shopper uploads a photo on the tee, crops it square, cuts it to a
// circle and makes it greyscale; the order's print files show just that, drawn by the server
// from the original with the same pixel function the preview uses.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { FIXTURES, openProduct, uploadImage, waitForStillScene } from './support/configurator';
import { addToCart, orderInTheUs } from './support/orders';
import { SIGNED_IN } from './support/staff';

const OUT = path.join(import.meta.dirname, '..', 'test-results', 'image-tools');

type Spec = {
  zones: Array<{
    id: string;
    trim: { widthMm: number; heightMm: number };
    bleedMm: number;
    images: Array<{
      placedWidthMm: number;
      placedHeightMm: number;
      centre: { xMm: number; yMm: number };
      tools?: object;
    }>;
  }>;
};

test('a cropped, circle-masked, greyscale photo on the tee, in the preview and in the maker’s files', async ({
  page,
  browser,
}) => {
  // Software WebGL draws the preview on the same thread, and the order builds the print files.
  test.setTimeout(180_000);
  await openProduct(page, 'heavy-cotton-tee');
  await uploadImage(page, FIXTURES.photo);
  // 1600 x 1200 px: the middle three quarters across is 1200 x 1200, square.
  await page.getByLabel('Crop left (%)').fill('12.5');
  await page.getByLabel('Crop width (%)').fill('75');
  await page.getByLabel('Crop width (%)').blur();
  await expect(page.getByText(/1200 px across after the crop/)).toBeVisible();
  // The crop box moves with the arrow keys, 1 % a step.
  await page.getByRole('application', { name: /^Crop box/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByLabel('Crop left (%)')).toHaveValue('11.5');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('Crop left (%)')).toHaveValue('12.5');
  await page.getByLabel('Mask').selectOption('circle');
  await page.getByLabel('Filter').selectOption('greyscale');
  await page.getByRole('button', { name: 'Flip horizontally' }).click();
  await expect(page.getByRole('button', { name: 'Flip horizontally' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // The editor draws the looked picture (a blob: URL) clipped to the circle.
  const editor = page.getByRole('application', { name: /^Layout editor for Front print/ });
  await expect(editor.locator('clipPath[id^="onekind-mask-"] path')).toHaveCount(1);
  await expect(editor.locator('svg image').first()).toHaveAttribute('href', /^blob:/);
  // The looked picture is made off the main path: each tool change replaces the blob, so read
  // the one shown until it is the last change's (greyscale, square after the crop).
  const shownPicture = () =>
    editor
      .locator('svg image')
      .first()
      .evaluate(async (element) => {
        const picture = await createImageBitmap(await (await fetch(element.getAttribute('href')!)).blob());
        const c = new OffscreenCanvas(picture.width, picture.height).getContext('2d')!;
        c.drawImage(picture, 0, 0);
        const { data } = c.getImageData(0, 0, picture.width, picture.height);
        let coloured = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i] !== data[i + 1] || data[i + 1] !== data[i + 2]) coloured += 1;
        return { square: picture.width === picture.height, coloured };
      });
  await expect.poll(shownPicture, { timeout: 30_000 }).toEqual({ square: true, coloured: 0 });

  // The tools are labelled and keyboard-reachable: no serious accessibility problems.
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  await expect(page.getByText('Loading 3D preview…')).toBeHidden({ timeout: 60_000 });
  await waitForStillScene(page, 700);
  await page
    .getByRole('group', { name: 'Shape and filter' })
    .screenshot({ path: path.join(OUT, 'tools-shape-filter.png') });
  await page
    .getByRole('group', { name: 'Crop and orientation' })
    .screenshot({ path: path.join(OUT, 'tools-crop.png') });
  await page
    .getByRole('img', { name: /3D preview of/ })
    .screenshot({ path: path.join(OUT, 'preview-3d.png') });
  await editor.screenshot({ path: path.join(OUT, 'editor-2d.png') });
  await page.screenshot({ path: path.join(OUT, 'configurator.png'), fullPage: true });

  await addToCart(page);
  const number = await orderInTheUs(page, `imagetools-${Date.now()}@example.com`);

  const maker = await browser.newContext({ storageState: SIGNED_IN.maker });
  try {
    const file = async (name: string) => {
      const response = await maker.request.get(`/api/maker/orders/${number}/files/${number}_1_${name}`);
      expect(response.status(), name).toBe(200);
      return response.body();
    };
    const spec = JSON.parse((await file('spec.json')).toString('utf8')) as Spec;
    const zone = spec.zones.find((z) => z.id === 'front')!;
    const image = zone.images[0]!;
    // Square after the crop, and the tools on record for the maker.
    expect(image.placedHeightMm).toBeCloseTo(image.placedWidthMm, 1);
    expect(image.tools).toMatchObject({
      mask: { shape: 'circle' },
      filter: { kind: 'greyscale' },
      flipX: true,
    });

    const svg = (await file('front.svg')).toString('utf8');
    expect(svg).toMatch(/<clipPath id="onekind-mask-[^"]+"><path d="M[^"]+C[^"]+Z"\/><\/clipPath>/);

    const png = await file('front.png');
    writeFileSync(path.join(OUT, 'maker-front.png'), png);
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const [sx, sy] = [
      info.width / (zone.trim.widthMm + 2 * zone.bleedMm),
      info.height / (zone.trim.heightMm + 2 * zone.bleedMm),
    ];
    const at = (dxMm: number, dyMm: number) => {
      const x = Math.round((zone.bleedMm + image.centre.xMm + dxMm) * sx);
      const y = Math.round((zone.bleedMm + image.centre.yMm + dyMm) * sy);
      return [...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4)];
    };
    const [w, h] = [image.placedWidthMm / 2, image.placedHeightMm / 2];
    // The box's corners are outside the circle: nothing printed there.
    for (const [dx, dy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const)
      expect(at(dx * w * 0.9, dy * h * 0.9)[3], `corner ${dx},${dy}`).toBe(0);
    // Inside the circle: inked, grey (red = green = blue), along a cross through the centre.
    for (const [dx, dy] of [
      [0, 0],
      [-0.8, 0],
      [0.8, 0],
      [0, -0.8],
      [0, 0.8],
    ] as const) {
      const [r, g, b, a] = at(dx * w, dy * h);
      expect(a, `inside ${dx},${dy}`).toBe(255);
      expect([g, b], `grey at ${dx},${dy}`).toEqual([r, r]);
    }
  } finally {
    await maker.close();
  }
});

test('on the engraved patch: only filters a laser can burn, and the masked picture shown as burnt', async ({
  page,
}) => {
  test.slow();
  await openProduct(page, 'five-pocket-jeans');
  await page.getByRole('radio', { name: /^Leather patch engraving/ }).check();
  await uploadImage(page, path.join(import.meta.dirname, 'fixtures', 'logo.png'));
  const filter = page.getByLabel('Filter');
  await expect(filter.getByRole('option')).toHaveText(['None', 'Greyscale', 'Threshold']);
  await filter.selectOption('threshold');
  await expect(page.getByLabel('Threshold (1-254)')).toHaveValue('128');
  await page.getByLabel('Mask').selectOption('rounded');
  await page.getByLabel('Corner radius (mm)').fill('3');
  await page.getByRole('button', { name: 'Turn right' }).click();

  const editor = page.getByRole('application', { name: /^Layout editor for Leather patch engraving/ });
  await expect(editor.locator('clipPath[id^="onekind-mask-"] path')).toHaveCount(1);
  const image = editor.locator('svg image').first();
  await expect(image).toHaveAttribute('href', /^blob:/);
  // Turned a quarter: the 2:1 logo stands 1:2 in its box.
  const [w, h] = await Promise.all([image.getAttribute('width'), image.getAttribute('height')]);
  expect(Number(h) / Number(w)).toBeCloseTo(2, 1);
  await editor.screenshot({ path: path.join(OUT, 'patch-editor-2d.png') });
  await page
    .getByRole('group', { name: 'Shape and filter' })
    .screenshot({ path: path.join(OUT, 'patch-tools.png') });
});
