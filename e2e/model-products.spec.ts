// Issue #14 part 2: products made from a brand's own 3D model (the seeded water bottle, built
// in Blender). A shopper sees the model, engraves it, sees the price and orders; the engraving
// shows on the bottle where the zone is, and the maker's PDF is the zone as measured on the mesh.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { addText, expectTotal, openProduct, waitForStillScene } from './support/configurator';
import { addToCart, fillCheckout, shopper } from './support/orders';
import { SIGNED_IN } from './support/staff';

const OUT = path.join(import.meta.dirname, '..', 'test-results', 'model-products');
const ORDER_NUMBER = /OK-[A-Z2-9]{4}-[A-Z2-9]{4}/;
const MM_PER_PT = 25.4 / 72;
const BOTTLE_SHA = '09adf6af5d3bbd16fbf44a6cd36f21e93f205b543d5a5b9bc8642aaa6b2d0bf7';

/** Waits until the scene has drawn no new frame for a while, then takes the canvas. */
async function stillPreview(page: Page, name: string): Promise<Buffer> {
  await waitForStillScene(page, 800);
  mkdirSync(OUT, { recursive: true });
  return page.getByRole('img', { name: /3D preview of/ }).screenshot({ path: path.join(OUT, name) });
}

/** The box around the pixels that differ between two screenshots of the same size. */
async function changedBox(a: Buffer, b: Buffer) {
  const [x, y] = await Promise.all(
    [a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })),
  );
  const { width, height } = x!.info;
  let [minX, minY, maxX, maxY, count] = [width, height, -1, -1, 0];
  for (let i = 0; i < width * height; i++) {
    const d = [0, 1, 2].reduce((sum, k) => sum + Math.abs(x!.data[i * 3 + k]! - y!.data[i * 3 + k]!), 0);
    if (d < 60) continue;
    const [px, py] = [i % width, Math.floor(i / width)];
    [minX, minY, maxX, maxY, count] = [
      Math.min(minX, px),
      Math.min(minY, py),
      Math.max(maxX, px),
      Math.max(maxY, py),
      count + 1,
    ];
  }
  return { width, height, minX, minY, maxX, maxY, count };
}

function pdfBoxes(pdf: Buffer): Record<string, number[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'onekind-e2e-'));
  try {
    writeFileSync(path.join(dir, 'zone.pdf'), pdf);
    const info = execFileSync('pdfinfo', ['-box', path.join(dir, 'zone.pdf')], { encoding: 'utf8' });
    return Object.fromEntries(
      [...info.matchAll(/^(\w+Box):\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/gm)].map((m) => [
        m[1]!,
        m.slice(2).map((v) => Number(v) * MM_PER_PT),
      ]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('a product made from a 3D model', () => {
  test('the shop serves the stored model, immutable, and nothing else under /api/models', async ({
    request,
  }) => {
    const model = await request.get(`/api/models/${BOTTLE_SHA}.glb`);
    expect(model.status()).toBe(200);
    expect(model.headers()['content-type']).toBe('model/gltf-binary');
    expect(model.headers()['cache-control']).toContain('immutable');
    expect((await model.body()).subarray(0, 4).toString()).toBe('glTF');
    expect((await request.get(`/api/models/${'0'.repeat(64)}.glb`)).status()).toBe(404);
    expect((await request.get('/api/models/water-bottle.glb')).status()).toBe(404);
  });

  test('a shopper engraves the water bottle, sees it on the model, orders; the maker’s PDF is the measured zone', async ({
    page,
    browser,
  }) => {
    await openProduct(page, 'stainless-water-bottle-750');
    await expect(
      page.getByRole('img', { name: '3D preview of Stainless Water Bottle, 750 ml' }),
    ).toBeVisible();
    await expect(page.getByText(/Loading 3D/)).toBeHidden({ timeout: 45_000 });
    await expectTotal(page, '€34.00');
    await expect(page.getByText('73 × 73 mm, 265 mm tall')).toBeVisible();

    // The brand's saved views; the engraving side, before and after the text.
    await page.getByRole('button', { name: 'Engraving', exact: true }).click();
    const before = await stillPreview(page, 'bottle-before.png');
    await addText(page, 'ADA & CO');
    await page.getByRole('button', { name: 'Engraving', exact: true }).click();
    await expectTotal(page, '€40.00');
    const after = await stillPreview(page, 'bottle-engraved.png');
    await page.screenshot({ path: path.join(OUT, 'configurator.png') });

    // The engraving shows on the front of the bottle: the changed pixels sit in the middle.
    const box = await changedBox(before, after);
    expect(box.count).toBeGreaterThan(200);
    expect((box.minX + box.maxX) / 2 / box.width).toBeGreaterThan(0.35);
    expect((box.minX + box.maxX) / 2 / box.width).toBeLessThan(0.65);
    expect(box.maxX - box.minX).toBeLessThan(box.width * 0.6);

    await page.getByRole('button', { name: 'Front', exact: true }).click();
    await stillPreview(page, 'bottle-front.png');

    await addToCart(page);
    await fillCheckout(page, shopper(`bottle-${Date.now()}@example.com`));
    await page.getByRole('button', { name: 'Place order' }).click();
    const heading = page.getByRole('heading', { name: ORDER_NUMBER });
    await expect(heading).toBeVisible();
    const number = ORDER_NUMBER.exec((await heading.textContent()) ?? '')![0];

    // The maker's files: the PDF's trim is the zone's size on the bottle, spec.json names the model.
    const maker = await browser.newContext({ storageState: SIGNED_IN.maker });
    try {
      const pdf = await maker.request.get(`/api/maker/orders/${number}/files/${number}_1_engraving.pdf`);
      expect(pdf.status()).toBe(200);
      const { TrimBox } = pdfBoxes(await pdf.body());
      const [x0, y0, x1, y1] = TrimBox!;
      expect(Math.abs(x1! - x0! - 70)).toBeLessThan(0.1);
      expect(Math.abs(y1! - y0! - 120)).toBeLessThan(0.1);
      const spec = await maker.request.get(`/api/maker/orders/${number}/files/${number}_1_spec.json`);
      expect(spec.status()).toBe(200);
      const json = (await spec.json()) as {
        product: { kind: string; model: { sha256: string } };
        zones: Array<{
          trim: { widthMm: number; heightMm: number };
          onModel: { mesh: string; surface: { widthMm: number; stretchPct: number } };
        }>;
      };
      expect(json.product).toMatchObject({ kind: 'model', model: { sha256: BOTTLE_SHA } });
      expect(json.zones[0]).toMatchObject({
        trim: { widthMm: 70, heightMm: 120 },
        onModel: { mesh: 'Body', surface: { widthMm: 229.313, stretchPct: 0 } },
      });
      // The production sheet shows the bottle from each view the brand saved, drawn from the stored model.
      const sheet = await maker.request.get(
        `/api/maker/orders/${number}/files/${number}_1_production-sheet.pdf`,
      );
      expect(sheet.status()).toBe(200);
      const dir = mkdtempSync(path.join(tmpdir(), 'onekind-sheet-'));
      try {
        writeFileSync(path.join(dir, 'sheet.pdf'), await sheet.body());
        const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'sheet.pdf'), '-'], {
          encoding: 'utf8',
        });
        expect(text).toContain("The product from the brand's saved views");
        for (const view of ['Front', 'Engraving', 'Cap and loop']) expect(text).toContain(view);
        mkdirSync(OUT, { recursive: true });
        execFileSync('pdftoppm', [
          '-r',
          '70',
          '-f',
          '2',
          '-l',
          '2',
          '-png',
          path.join(dir, 'sheet.pdf'),
          path.join(OUT, 'sheet-views'),
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      await maker.close();
    }
  });

  test('the studio opens a model product’s template with its model, surfaces and views', async ({
    browser,
  }) => {
    const admin = await browser.newContext({ storageState: SIGNED_IN.admin });
    try {
      const page = await admin.newPage();
      await page.goto('/studio/templates/stainless-water-bottle-750');
      await page.getByRole('tab', { name: /^Geometry/ }).click();
      await expect(page.getByText('water-bottle.glb (285 KB), real size 73 × 265 × 73 mm')).toBeVisible();
      await expect(
        page.getByText(/Bottle side \(unwrapped\): 229\.3 × 200 mm on mesh “Body”, stretch 0\.0 %/),
      ).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Unit' })).toHaveValue('1000');
      await page.screenshot({ path: path.join(OUT, 'studio-geometry.png') });
    } finally {
      await admin.close();
    }
  });

  test('the notebook opens with its cover colours and a printed cover zone', async ({ page }) => {
    await openProduct(page, 'a5-hardcover-notebook');
    await expect(page.getByText(/Loading 3D/)).toBeHidden({ timeout: 45_000 });
    await expectTotal(page, '€19.00');
    await page.getByRole('radio', { name: /^Burgundy/ }).check();
    await addText(page, 'Field notes');
    await expectTotal(page, '€23.00');
    await page.getByRole('button', { name: 'Front cover', exact: true }).click();
    await stillPreview(page, 'notebook.png');
  });
});
