import { expect, test, type Page } from '@playwright/test';
import { addText, openProduct, waitForStillScene } from './support/configurator';

// The product page's loading and sharpness (issue 18): the product's picture comes with the
// HTML, the idle 3D view is drawn at the screen's full pixel ratio, and phones get a usable
// layout editor and a header that does not overlap itself.

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const frames = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __onekindScene?: { frames: number } }).__onekindScene?.frames ?? 0,
  );

test('the product picture is in the HTML the server sends', async ({ request }) => {
  const html = await (await request.get('/products/heavy-cotton-tee')).text();
  expect(html).toMatch(/<img[^>]*data-product-picture/);
});

test.describe('on a high-density screen', () => {
  test.use({ deviceScaleFactor: 2 });

  test('the idle 3D view is drawn at the full pixel ratio, then not redrawn', async ({ page }) => {
    await openProduct(page, 'heavy-cotton-tee');
    const preview = page.getByRole('img', { name: /3D preview of Heavy Cotton Tee/ });
    await expect(preview).toBeVisible();
    await page.waitForFunction(() => performance.getEntriesByName('onekind:first-frame').length > 0);
    await addText(page, 'Sharp');
    // Once typing stops: canvas pixels = CSS pixels × device pixel ratio (2 here).
    await expect
      .poll(
        () =>
          preview.evaluate((c) => {
            const canvas = c as HTMLCanvasElement;
            return canvas.width - Math.floor(canvas.clientWidth * Math.min(devicePixelRatio, 2));
          }),
        // In software WebGL the GPU may still be busy with the first frame and the light's bake
        // for seconds on a loaded machine; the buffer grows once it has finished.
        { timeout: 30_000 },
      )
      .toBe(0);
    // Idle: no frame is drawn in the next second.
    // The sharp frame itself may still be under way: wait until the view stops drawing.
    await waitForStillScene(page, 500);
    const idle = await frames(page);
    await expect.poll(() => frames(page), { intervals: [1000], timeout: 1500 }).toBe(idle);
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });

  for (const slug of ['iphone-17-case', 'heavy-cotton-tee', 'stainless-water-bottle-750']) {
    test(`${slug}: the layout editor is at least 300 px wide`, async ({ page }) => {
      await openProduct(page, slug);
      const editor = page.getByRole('application', { name: /^Layout editor for/ });
      await expect(editor).toBeVisible();
      const box = (await editor.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(300);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    });
  }

  test('the header shows the logo and the links without overlap', async ({ page }) => {
    await openProduct(page, 'heavy-cotton-tee');
    const logo = (await page.getByRole('link', { name: 'Onekind home' }).boundingBox())!;
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Products', 'Find an order', 'Cart']) {
      const link = (await nav.getByRole('link', { name }).boundingBox())!;
      expect(overlaps(logo, link), `${name} overlaps the logo`).toBe(false);
      expect(link.x + link.width).toBeLessThanOrEqual(390);
    }
  });
});
