import path from 'node:path';
import { expect, test } from '@playwright/test';
import { interTtf } from '../lib/brand-fonts/testing/fonts';
import { expectNoSeriousAccessibilityProblems, SCREENSHOTS, SIGNED_IN } from './support/staff';

// The studio's brand assets: an admin uploads a font with its licence note and an SVG clipart;
// a broken font and a malicious SVG are refused with their messages; signed-out uploads are not
// let in. Font files are made in the test from the shipped Inter (lib/brand-fonts/testing).

test.use({ storageState: SIGNED_IN.admin });

const STAR =
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><polygon fill="#e11d48" points="50,5 61,38 95,38 67,58 78,92 50,72 22,92 33,58 5,38 39,38"/></svg>';
const EVIL =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(document.cookie)"><path d="M0 0h10v10z"/></svg>';
const svgFile = (name: string, text: string) => ({
  name,
  mimeType: 'image/svg+xml',
  buffer: Buffer.from(text),
});

test.describe('brand assets', () => {
  test('an admin uploads a font and a clipart; a broken font and a malicious SVG are refused', async ({
    page,
  }) => {
    await page.goto('/studio');
    await page.getByRole('navigation').getByRole('link', { name: 'Assets' }).click();
    await expect(page.getByRole('heading', { name: 'Brand assets', level: 1 })).toBeVisible();

    const fontForm = page.getByRole('form', { name: 'Upload a font' });
    await fontForm.getByLabel('Font file').setInputFiles({
      name: 'broken.ttf',
      mimeType: 'font/ttf',
      buffer: Buffer.from(interTtf().subarray(0, 3000)),
    });
    await fontForm.getByLabel('Licence note').fill('SIL Open Font License 1.1');
    await fontForm.getByRole('button', { name: 'Upload' }).click();
    await expect(fontForm.getByRole('alert')).toContainText('The font file is damaged or incomplete');

    await fontForm
      .getByLabel('Font file')
      .setInputFiles({ name: 'Inter-Regular.ttf', mimeType: 'font/ttf', buffer: Buffer.from(interTtf()) });
    await fontForm.getByRole('button', { name: 'Upload' }).click();
    await expect(fontForm.getByRole('status')).toHaveText('Font added.');
    const fonts = page.getByRole('table', { name: 'Brand fonts' });
    const inter = fonts.getByRole('row', { name: /Inter Regular/ });
    await expect(inter).toContainText('Inter-Regular.ttf');
    await expect(inter).toContainText('SIL Open Font License 1.1');
    await expect(inter.getByRole('img', { name: 'Sample of Inter Regular' })).toBeVisible();

    const clipartForm = page.getByRole('form', { name: 'Upload clipart' });
    await clipartForm.getByLabel('SVG file').setInputFiles(svgFile('evil.svg', EVIL));
    await clipartForm.getByLabel('Name').fill('Evil');
    await clipartForm.getByRole('button', { name: 'Upload' }).click();
    await expect(clipartForm.getByRole('alert')).toContainText(
      'The SVG has an event handler (onload on <svg>), which would run code.',
    );

    await clipartForm.getByLabel('SVG file').setInputFiles(svgFile('star.svg', STAR));
    await clipartForm.getByLabel('Name').fill('Shop star');
    await clipartForm.getByLabel('Category').selectOption('Brand');
    await clipartForm.getByRole('button', { name: 'Upload' }).click();
    await expect(clipartForm.getByRole('status')).toHaveText('Clipart added.');
    const mine = page.getByRole('list', { name: 'Your clipart: Brand' });
    await expect(mine.getByRole('listitem').filter({ hasText: 'Shop star' })).toContainText('One colour');
    await expect(page.getByRole('list', { name: 'Library: Love' }).getByRole('listitem')).toHaveCount(10);

    await expectNoSeriousAccessibilityProblems(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'assets.png'), fullPage: true });

    await page.getByRole('button', { name: 'Delete font Inter Regular' }).click();
    await expect(fonts).toHaveCount(0);
    await page.getByRole('button', { name: 'Delete clipart Shop star' }).click();
    await expect(mine).toHaveCount(0);
  });

  test('a maker cannot open the page or upload', async ({ browser }) => {
    const maker = await browser.newContext({ storageState: SIGNED_IN.maker });
    const page = await maker.newPage();
    expect((await page.goto('/studio/assets'))?.status()).toBe(403);
    const response = await page.request.post('/api/studio/clipart', {
      multipart: { file: svgFile('star.svg', STAR), name: 'Star', category: 'Brand' },
    });
    expect(response.status()).toBe(403);
    await maker.close();
  });

  test('signed out, uploads are refused', async ({ playwright, baseURL }) => {
    // The spec's `use` (a signed-in storageState) applies to new contexts too: ask for none.
    const anonymous = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
    });
    const response = await anonymous.post('/api/studio/clipart', {
      multipart: { file: svgFile('star.svg', STAR), name: 'Star', category: 'Brand' },
    });
    expect(response.status()).toBe(401);
    expect((await anonymous.post('/api/studio/fonts', { multipart: { licenceNote: 'x' } })).status()).toBe(
      401,
    );
    await anonymous.dispose();
  });
});
