import fs from 'node:fs';
import path from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { ADMIN, E2E_SETUP_CODE, expectNoSeriousAccessibilityProblems, invite, join, MAKER, SCREENSHOTS, SIGNED_IN, signIn } from './support/staff';

// Runs before the specs (playwright.config.ts: project "staff-setup"): the shop's owner sets
// it up with the setup code and invites the maker, as a real install would go. The signed-in
// states are saved for the specs.

setup('the owner sets up the shop with the setup code and invites a maker', async ({ page, browser }) => {
  fs.mkdirSync(path.dirname(SIGNED_IN.admin), { recursive: true });
  const response = await page.goto('/setup');
  if (response?.status() === 404) {
    // A server kept from an earlier run (reuseExistingServer) has its accounts already.
    await signIn(page, ADMIN);
    await expect(page.getByRole('heading', { name: 'Studio' })).toBeVisible();
    await page.context().storageState({ path: SIGNED_IN.admin });
    const maker = await browser.newPage();
    await signIn(maker, MAKER);
    await expect(maker.getByRole('heading', { name: 'Production queue' })).toBeVisible();
    await maker.context().storageState({ path: SIGNED_IN.maker });
    return;
  }

  await expect(page.getByRole('heading', { name: 'Set up your shop' })).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
  const form = page.getByRole('form', { name: 'Set up the shop' });
  await form.getByLabel('Setup code').fill('WRONG-CODE-WRONG-CODE');
  await form.getByLabel('Your name').fill(ADMIN.name);
  await form.getByLabel('E-mail').fill(ADMIN.email);
  await form.getByLabel('Password').fill('short');
  await form.getByRole('button', { name: 'Create admin account' }).click();
  await expect(form.getByText('Use at least 12 characters.')).toBeVisible();
  await form.getByLabel('Password').fill(ADMIN.password);
  await form.getByRole('button', { name: 'Create admin account' }).click();
  await expect(form.getByText('That is not the setup code.', { exact: false })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'setup.png'), fullPage: true });

  await form.getByLabel('Setup code').fill(E2E_SETUP_CODE.toLowerCase());
  await form.getByRole('button', { name: 'Create admin account' }).click();
  await expect(page.getByRole('heading', { name: 'Studio' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Staff' })).toContainText('Ada Admin');
  await page.context().storageState({ path: SIGNED_IN.admin });

  // The one-time page is gone for good.
  expect((await page.request.get('/setup')).status()).toBe(404);

  const link = await invite(page, MAKER.email, 'Maker');
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const maker = await join(browser, link, MAKER);
  await maker.storageState({ path: SIGNED_IN.maker });
  await maker.close();
});
