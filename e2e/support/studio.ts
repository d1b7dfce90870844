import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// Brand-studio actions, by role and label.

const OUT = path.join(import.meta.dirname, '..', '..', 'test-results', 'studio');

/**
 * Opens the studio as a brand admin. Studio specs run signed in as the admin the staff-setup
 * project made through the real sign-in form (`test.use({ storageState: SIGNED_IN.admin })`).
 */
export async function openStudio(page: Page) {
  await page.goto('/studio/templates');
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
}

/** Opens a section of the template editor. */
export async function openSection(page: Page, name: string) {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

/** Waits until the autosave has stored every change ("Saved 10:42"). */
export async function expectSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^(Saved \d|All changes saved)/ })).toBeVisible();
}

/** Waits for the 3D preview's first frame (software WebGL is slow). */
export async function expect3dPreview(page: Page) {
  await expect(page.getByText('Loading 3D preview…')).toBeHidden({ timeout: 60_000 });
}

/** A full-page screenshot in test-results/studio/, for people to look at. */
export async function shot(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

export async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}
