// Issue #13: a colour logo on the jeans' engraved leather patch. The shopper sees it as it will
// be burnt; the maker's files are the whole zone, and hold the image only as black (burn) and
// white or transparent (leave).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  expect,
  request,
  test,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import sharp from 'sharp';
import { openProduct, saveAndOpenShareLink, uploadImage, waitForStillScene } from './support/configurator';
import { newImageLayer } from '../lib/design/defaults';
import { placeOrderViaApi } from './support/orders';
import { SIGNED_IN } from './support/staff';

const LOGO = path.join(import.meta.dirname, 'fixtures', 'logo.png');
const OUT = path.join(import.meta.dirname, '..', 'test-results', 'engraving');
const BURN = [0x4a, 0x2e, 0x1a];

type Spec = {
  zones: Array<{
    id: string;
    files: Array<{ kind: string; widthPx?: number; heightPx?: number }>;
    engraving?: { imageMapping: string };
  }>;
};

/** Distinct colours of the pixels of the editor's image of the patch, read back in the page. */
async function editorImageColours(page: Page): Promise<{ colours: string[]; burnt: number; href: string }> {
  const image = page
    .getByRole('application', { name: /^Layout editor for Leather patch engraving/ })
    .locator('svg image')
    .first();
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
  const pngs = [...svg.matchAll(/href="data:image\/png;base64,([^"]+)"/g)].map((m) =>
    Buffer.from(m[1]!, 'base64'),
  );
  return Promise.all(
    pngs.map(async (png) => {
      const data = await sharp(png).ensureAlpha().raw().toBuffer();
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4)
        seen.add(data[i + 3] === 0 ? 'clear' : `${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
      return [...seen].sort();
    }),
  );
}

/** Distinct sample values of every image of a PDF, as pdfimages -png writes them. */
async function pdfImageValues(
  pdf: Buffer,
): Promise<Array<{ width: number; height: number; values: number[] }>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'onekind-e2e-'));
  try {
    writeFileSync(path.join(dir, 'file.pdf'), pdf);
    execFileSync('pdfimages', ['-png', path.join(dir, 'file.pdf'), path.join(dir, 'img')]);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    return await Promise.all(
      files.map(async (f) => {
        const { data, info } = await sharp(readFileSync(path.join(dir, f)))
          .raw()
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, values: [...new Set(data)].sort((a, b) => a - b) };
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Uploads the logo as a shopper's browser does (multipart POST /api/uploads). */
async function uploadLogo(baseURL: string): Promise<{ id: string; widthPx: number; heightPx: number }> {
  const api = await request.newContext({ baseURL });
  try {
    const response = await api.post('/api/uploads', {
      multipart: { file: { name: 'logo.png', mimeType: 'image/png', buffer: readFileSync(LOGO) } },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string; widthPx: number; heightPx: number };
  } finally {
    await api.dispose();
  }
}

test.describe('an image on the engraved leather patch', () => {
  // One order over HTTP: jeans whose patch holds only the colour logo, 24 mm wide, unrotated
  // (so it is the bottom layer), as in the issue; the maker's files of its line.
  let number: string;
  let spec: Spec;
  let maker: BrowserContext;
  const file = async (suffix: string) => download(maker.request, number, `${number}_1_${suffix}`);

  test.beforeAll(async ({ browser, baseURL }) => {
    const logo = await uploadLogo(baseURL!);
    number = await placeOrderViaApi(baseURL!, {
      slug: 'five-pocket-jeans',
      email: `engrave-${Date.now()}@example.com`,
      zones: (template) => {
        const patch = template.zones.find((z) => z.id === 'patch-engraving')!;
        return {
          [patch.id]: {
            layers: [{ ...newImageLayer(patch, 'logo', logo.id, logo.widthPx, logo.heightPx), widthMm: 24 }],
          },
        };
      },
    });
    maker = await browser.newContext({ storageState: SIGNED_IN.maker });
    spec = JSON.parse((await file('spec.json')).toString('utf8')) as Spec;
  });
  test.afterAll(async () => {
    await maker?.close();
  });

  test('the engraving PNG is the whole zone, as spec.json says, burnt where the logo is dark', async () => {
    const zone = spec.zones.find((z) => z.id === 'patch-engraving')!;
    const entry = zone.files.find((f) => f.kind === 'png')!;
    const png = await file('patch-engraving.png');
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, 'patch-engraving.png'), png);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    // It was the logo's own placed box, 567 x 284 px, and pure white.
    expect([info.width, info.height]).toEqual([entry.widthPx, entry.heightPx]);
    expect([info.width, info.height]).toEqual([1668, 917]);
    // The teal square's middle (6.5 mm left of the patch's centre) is burnt about 1 - luma (0.39).
    const x0 = Math.round(((35.3 - 6.5) / 70.6) * info.width);
    const y0 = Math.round((19.4 / 38.8) * info.height);
    let burnt = 0;
    for (let dy = -20; dy < 20; dy++)
      for (let dx = -20; dx < 20; dx++)
        burnt += data[((y0 + dy) * info.width + x0 + dx) * info.channels] === 0 ? 1 : 0;
    expect(burnt / 1600).toBeGreaterThan(0.4);
    // And the patch around the logo is left bare.
    expect(data[(10 * info.width + 10) * info.channels]).toBe(255);
  });

  test('the laser files hold the image as black and white only, and spec.json says how', async () => {
    expect(spec.zones.find((z) => z.id === 'patch-engraving')!.engraving?.imageMapping).toMatch(
      /Rec\. 709.*Floyd-Steinberg/,
    );
    const { data, info } = await sharp(await file('patch-engraving.png'))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const values = new Set<string>();
    for (let i = 0; i < data.length; i += info.channels)
      values.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    expect([...values].sort()).toEqual(['0,0,0', '255,255,255']);
    // The laser's SVG and the zone SVG: black (burn) or transparent; no teal, no magenta.
    for (const suffix of ['patch-engraving.engrave.svg', 'patch-engraving.svg']) {
      expect(await svgImageColours((await file(suffix)).toString('utf8')), suffix).toEqual([
        ['0,0,0,255', 'clear'],
      ]);
    }
    // The PDF's image, read back by pdfimages: black and white.
    expect(await pdfImageValues(await file('patch-engraving.pdf'))).toEqual([
      { width: 567, height: 284, values: [0, 255] },
    ]);
  });

  test('the shopper sees the logo as it will be burnt, in the 2D editor and on the 3D patch', async ({
    page,
  }) => {
    // Software WebGL loads the 3D preview on the same thread meanwhile: slow, not stuck.
    test.setTimeout(150_000);
    await openProduct(page, 'five-pocket-jeans');
    await page.getByRole('radio', { name: /^Leather patch engraving/ }).check();
    await uploadImage(page, LOGO);
    await page.getByLabel('Width (mm)').fill('24');
    await page.getByLabel('Width (mm)').blur();

    // The 2D editor shows the converted picture: the burn colour or clear, nothing else.
    await expect
      .poll(async () => (await editorImageColours(page)).colours, { timeout: 60_000 })
      .toEqual([`${BURN.join(',')},255`, 'clear']);
    // The logo's teal and magenta are mid-dark: well over a third of its box burns.
    expect((await editorImageColours(page)).burnt).toBeGreaterThan(0.35);

    // Pictures of it, 2D and 3D, for people to look at.
    await expect(page.getByText('Loading 3D preview…')).toBeHidden({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Show leather patch engraving' }).click();
    // The camera's move to the patch is over when the on-demand render loop stops drawing frames.
    await waitForStillScene(page, 700);
    mkdirSync(OUT, { recursive: true });
    await page
      .getByRole('img', { name: /3D preview of/ })
      .screenshot({ path: path.join(OUT, 'preview-3d.png') });
    await page
      .getByRole('application', { name: /^Layout editor for Leather patch engraving/ })
      .screenshot({ path: path.join(OUT, 'editor-2d.png') });
    await page.screenshot({ path: path.join(OUT, 'configurator.png') });

    // The saved design's picture "as it will be made", drawn by the server, shows the same look.
    await saveAndOpenShareLink(page);
    const figure = page.getByRole('figure', { name: 'Leather patch engraving artwork, as it will be made' });
    const saved = (await figure.locator('svg').evaluate((svg) => svg.outerHTML)).replaceAll('&amp;', '&');
    expect(await svgImageColours(saved)).toEqual([[`${BURN.join(',')},255`, 'clear']]);
  });
});
