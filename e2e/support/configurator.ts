import path from 'node:path';
import { expect, type Page } from '@playwright/test';

// Shopper actions on the configurator, by what people see: roles and labels.

export const FIXTURES = {
  photo: path.join(import.meta.dirname, '..', 'fixtures', 'photo.jpg'),
  tiny: path.join(import.meta.dirname, '..', 'fixtures', 'tiny.png'),
};

export async function openProduct(page: Page, slug: string) {
  await page.goto(`/products/${slug}`);
  await expect(page.getByRole('heading', { name: 'Make it yours' })).toBeVisible();
}

export async function choose(page: Page, name: string) {
  await page
    .getByRole('radio', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .check();
}

export async function addText(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add text' }).click();
  await page.getByLabel('Text', { exact: true }).fill(text);
}

export async function uploadImage(page: Page, file: string) {
  const images = page
    .getByRole('list', { name: 'Layers' })
    .getByRole('button', { name: 'Image', exact: true });
  const before = await images.count();
  await page.getByLabel('Image file').setInputFiles(file);
  await expect(images).toHaveCount(before + 1);
}

export async function expectTotal(page: Page, text: string) {
  await expect(page.getByLabel('Total price')).toHaveText(text);
}

/** Saves the design, follows the share link and returns its path. */
export async function saveAndOpenShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save and share' }).click();
  const link = page.getByRole('status').getByRole('link');
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href')) ?? '';
  await page.goto(href);
  return new URL(href).pathname;
}

/**
 * Waits until the 3D preview has drawn no new frame for one interval: a camera move is over when
 * the on-demand render loop stops drawing.
 */
export async function waitForStillScene(page: Page, intervalMs: number) {
  let frames = -1;
  const settled = async () => {
    const now = await page.evaluate(
      () => (window as unknown as { __onekindScene?: { frames: number } }).__onekindScene?.frames ?? 0,
    );
    const still = now === frames;
    frames = now;
    return still;
  };
  await expect.poll(settled, { intervals: [intervalMs], timeout: 30_000 }).toBe(true);
}
