// Issue #13: a colour logo on the jeans' engraved leather patch. The shopper sees it as it will
// be burnt; the maker's files are the whole zone, and hold the image only as black (burn) and
// white or transparent (leave).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { openProduct, uploadImage } from './support/configurator';
import { addToCart, fillCheckout, shopper } from './support/orders';
import { SIGNED_IN } from './support/staff';

const ORDER_NUMBER = /OK-[A-Z2-9]{4}-[A-Z2-9]{4}/;
const LOGO = path.join(import.meta.dirname, 'fixtures', 'logo.png');
const OUT = path.join(import.meta.dirname, '..', 'test-results', 'engraving');
const BURN = [0x4a, 0x2e, 0x1a];

type Spec = { zones: Array<{ id: string; files: Array<{ name: string; kind: string; widthPx?: number; heightPx?: number }>; engraving?: { imageMapping: string } }> };

/** Distinct colours of the pixels of the editor's image of the patch, read back in the page. */
async function editorImageColours(page: Page): Promise<{ colours: string[]; burnt: number; href: string }> {
  const image = page.getByRole('application', { name: /^Layout editor for Leather patch engraving/ }).locator('svg image').first();
  await expect(image).toHaveAttribute('href', /^blob:/);
  return image.evaluate(async (element) => {
    const href = element.getAttribute('href') ?? '';
    const picture = await createImageBitmap(await (await fetch(href)).blob());
    const canvas = new OffscreenCanvas(picture.width, picture.height);
    const c = canvas.getContext('2d')!;
    c.drawImage(picture, 0, 0);
    const { data } = c.getImageData(0, 0, picture.width, picture.height);
    const colours = new Set<string>();
    let burnt = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add(data[i + 3] === 0 ? 'clear' : `${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
      if (data[i + 3] === 255) burnt += 1;
    }
    return { colours: [...colours].sort(), burnt: burnt / (data.length / 4), href };
  });
}

async function download(api: APIRequestContext, number: string, name: string): Promise<Buffer> {
  const response = await api.get(`/api/maker/orders/${number}/files/${name}`);
  expect(response.status(), name).toBe(200);
  return response.body();
}

/** Distinct RGBA values of the data: URL images of an SVG ("clear" for any transparent pixel). */
async function svgImageColours(svg: string): Promise<string[][]> {
  const pngs = [...svg.matchAll(/href="data:image\/png;base64,([^"]+)"/g)].map((m) => Buffer.from(m[1]!, 'base64'));
  return Promise.all(
    pngs.map(async (png) => {
      const data = await sharp(png).ensureAlpha().raw().toBuffer();
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4) seen.add(data[i + 3] === 0 ? 'clear' : `${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
      return [...seen].sort();
    }),
  );
}

/** Distinct sample values of every image of a PDF, as pdfimages -png writes them. */
async function pdfImageValues(pdf: Buffer): Promise<Array<{ width: number; height: number; values: number[] }>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'onekind-e2e-'));
  try {
    writeFileSync(path.join(dir, 'file.pdf'), pdf);
    execFileSync('pdfimages', ['-png', path.join(dir, 'file.pdf'), path.join(dir, 'img')]);
    const files = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    return await Promise.all(
      files.map(async (f) => {
        const { data, info } = await sharp(readFileSync(path.join(dir, f))).raw().toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, values: [...new Set(data)].sort((a, b) => a - b) };
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('an image on the engraved leather patch', () => {
  test('the shopper sees it as burnt; the maker gets the whole zone in black and white', async ({ page, browser }) => {
    // The shopper: jeans, the leather patch, one colour logo, 24 mm wide, unrotated.
    await openProduct(page, 'five-pocket-jeans');
    await page.getByRole('radio', { name: /^Leather patch engraving/ }).check();
    await uploadImage(page, LOGO);
    await page.getByLabel('Width (mm)').fill('24');
    await page.getByLabel('Width (mm)').blur();

    // The 2D editor shows the converted picture: burn colour or clear, nothing else.
    await expect.poll(async () => (await editorImageColours(page)).colours).toEqual([`${BURN.join(',')},255`, 'clear']);
    const shown = await editorImageColours(page);
    // The logo's teal and magenta are mid-dark: well over a third of its box burns.
    expect(shown.burnt).toBeGreaterThan(0.35);

    // A picture of it, 2D and 3D, for people to look at.
    await expect(page.getByText('Loading 3D preview…')).toBeHidden({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Show leather patch engraving' }).click();
    mkdirSync(OUT, { recursive: true });
    // The camera's move to the patch is over when the on-demand render loop stops drawing frames.
    let frames = -1;
    const settled = async () => {
      const now = await page.evaluate(() => (window as unknown as { __onekindScene?: { frames: number } }).__onekindScene?.frames ?? 0);
      const still = now === frames;
      frames = now;
      return still;
    };
    await expect.poll(settled, { intervals: [700], timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'configurator-patch.png'), fullPage: true });

    await addToCart(page);
    await fillCheckout(page, shopper(`engrave-${Date.now()}@example.com`));
    await page.getByRole('button', { name: 'Place order' }).click();
    const heading = page.getByRole('heading', { name: ORDER_NUMBER });
    await expect(heading).toBeVisible();
    const number = ORDER_NUMBER.exec((await heading.textContent()) ?? '')![0];

    // The maker downloads the line's files over HTTP.
    const maker = await browser.newContext({ storageState: SIGNED_IN.maker });
    try {
      const api = maker.request;
      const stem = `${number}_1_patch-engraving`;
      const spec = JSON.parse((await download(api, number, `${number}_1_spec.json`)).toString('utf8')) as Spec;
      const zone = spec.zones.find((z) => z.id === 'patch-engraving')!;
      expect(zone.engraving?.imageMapping).toMatch(/Rec\. 709.*Floyd-Steinberg/);

      // The PNG: the whole zone at 600 dpi, as spec.json says (it was the logo's own 567 x 284 px, blank).
      const pngEntry = zone.files.find((f) => f.kind === 'png')!;
      const png = await download(api, number, `${stem}.png`);
      writeFileSync(path.join(OUT, 'patch-engraving.png'), png);
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([pngEntry.widthPx, pngEntry.heightPx]);
      expect([info.width, info.height]).toEqual([1668, 917]);
      const values = new Set<string>();
      let black = 0;
      for (let i = 0; i < data.length; i += info.channels) {
        values.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
        if (data[i] === 0) black += 1;
      }
      expect([...values].sort()).toEqual(['0,0,0', '255,255,255']);
      // Burnt where the logo is dark: the teal square's middle, 5 mm left of the patch's centre.
      const at = (xMm: number, yMm: number) => Math.round((yMm / 38.8) * info.height) * info.width + Math.round((xMm / 70.6) * info.width);
      let squareBurnt = 0;
      for (let dy = -20; dy < 20; dy++) for (let dx = -20; dx < 20; dx++) squareBurnt += data[(at(35.3 - 6.5, 19.4) + dy * info.width + dx) * info.channels] === 0 ? 1 : 0;
      expect(squareBurnt / 1600).toBeGreaterThan(0.4);
      expect(black / (info.width * info.height)).toBeGreaterThan(0.03);

      // The laser's SVG and the zone SVG: the image only as black or transparent.
      for (const name of [`${stem}.engrave.svg`, `${stem}.svg`]) {
        const svg = (await download(api, number, name)).toString('utf8');
        expect(await svgImageColours(svg), name).toEqual([['0,0,0,255', 'clear']]);
      }
      // The PDF: read back by pdfimages, the image is black and white only.
      const pdf = await download(api, number, `${stem}.pdf`);
      expect(await pdfImageValues(pdf)).toEqual([{ width: 567, height: 284, values: [0, 255] }]);
    } finally {
      await maker.close();
    }
  });
});

