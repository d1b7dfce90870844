import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

// Staff accounts of the end-to-end server. The staff-setup project (e2e/staff.setup.ts) makes
// them through the real flows: the first admin through /setup with the code npm start was
// given (SETUP_CODE, set only on the end-to-end server), the maker through an invitation.

export { E2E_SETUP_CODE } from './setup-code';

export type Person = { name: string; email: string; password: string };

export const ADMIN: Person = { name: 'Ada Admin', email: 'admin@e2e.test', password: 'e2e admin password 1' };
export const MAKER: Person = { name: 'Max Maker', email: 'maker@e2e.test', password: 'e2e maker password 1' };

const AUTH_DIR = path.join(import.meta.dirname, '..', '.auth');
/** Saved browser state of each signed-in account, for `test.use({ storageState })`. */
export const SIGNED_IN = { admin: path.join(AUTH_DIR, 'admin.json'), maker: path.join(AUTH_DIR, 'maker.json') };

/** Screenshots for people to look at. */
export const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'test-results', 'staff');

/** Signs in through the form and waits until the form is gone. */
export async function signIn(page: Page, who: Pick<Person, 'email' | 'password'>, next?: string) {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('E-mail').fill(who.email);
  await form.getByLabel('Password').fill(who.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/** As an admin on any page: invites someone and returns the invitation link shown. */
export async function invite(page: Page, email: string, role: 'Maker' | 'Admin' = 'Maker'): Promise<string> {
  await page.goto('/studio/team');
  const form = page.getByRole('form', { name: 'Invite someone' });
  await form.getByLabel('E-mail').fill(email);
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByRole('button', { name: 'Send invitation' }).click();
  const link = page.getByLabel(`Invitation link for ${email}`);
  await expect(link).toBeVisible();
  return link.inputValue();
}

/**
 * A browser context with no cookies. Playwright Test gives new contexts the spec's `use`
 * options, a signed-in storageState included, so "signed out" must be asked for.
 */
export function anonymousContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ storageState: { cookies: [], origins: [] } });
}

/** Opens an invitation link in a fresh browser context and joins; returns that signed-in context. */
export async function join(browser: Browser, link: string, who: Person): Promise<BrowserContext> {
  const context = await anonymousContext(browser);
  const page = await context.newPage();
  // The link carries the address the e-mail was written for; the test server is elsewhere.
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Choose a password').fill(who.password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('navigation', { name: 'Staff' })).toContainText(who.name);
  await page.close();
  return context;
}

export async function expectNoSeriousAccessibilityProblems(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
