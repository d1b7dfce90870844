import path from 'node:path';
import { expect, test } from '@playwright/test';
import { anonymousContext, expectNoSeriousAccessibilityProblems, invite, join, SCREENSHOTS, SIGNED_IN, signIn } from './support/staff';

// The team page: admins invite people by e-mail, withdraw invitations, disable and enable
// accounts; everyone changes their own password.

test.use({ storageState: SIGNED_IN.admin });

test.describe('the team', () => {
  const stamp = Date.now();

  test('an admin invites a maker who joins; a withdrawn link stops working; disabling ends a session at once', async ({ page, browser }) => {
    const mia = { name: 'Mia Maker', email: `mia-${stamp}@e2e.test`, password: 'mia has a long password' };
    const noah = `noah-${stamp}@e2e.test`;
    const link = await invite(page, mia.email);
    await expect(page.getByRole('status')).toContainText(`Invitation for ${mia.email} sent.`);
    const withdrawn = await invite(page, noah, 'Admin');
    const invitations = page.getByRole('table', { name: 'Invitations' });
    await expect(invitations.getByRole('row', { name: new RegExp(noah) })).toContainText('Admin');
    await expectNoSeriousAccessibilityProblems(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'team.png'), fullPage: true });

    await page.getByRole('button', { name: `Withdraw the invitation for ${noah}` }).click();
    await expect(invitations.getByRole('row', { name: new RegExp(noah) })).toHaveCount(0);
    const strangerContext = await anonymousContext(browser);
    const stranger = await strangerContext.newPage();
    await stranger.goto(new URL(withdrawn).pathname);
    await expect(stranger.getByRole('heading', { name: 'This invitation link does not work' })).toBeVisible();

    // Mia joins and lands in the production queue; her link is used up.
    await stranger.goto(new URL(link).pathname);
    await expect(stranger.getByText(`You will sign in as ${mia.email}`)).toBeVisible();
    await expectNoSeriousAccessibilityProblems(stranger);
    await stranger.getByLabel('Your name').fill(mia.name);
    await stranger.getByLabel('Choose a password').fill('too short');
    await stranger.getByRole('button', { name: 'Create my account' }).click();
    await expect(stranger.getByText('Use at least 12 characters.')).toBeVisible();
    await strangerContext.close();
    const miaContext = await join(browser, link, mia);
    const miaPage = await miaContext.newPage();
    await miaPage.goto('/maker');
    await expect(miaPage.getByRole('heading', { name: 'Production queue' })).toBeVisible();
    await expect(miaPage.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Orders' })).toHaveCount(0);
    await miaPage.goto(new URL(link).pathname);
    await expect(miaPage.getByRole('heading', { name: 'This invitation link does not work' })).toBeVisible();

    // Disabled, her open session ends at once and she cannot sign in; enabled, she can again.
    await page.reload();
    const members = page.getByRole('table', { name: 'Members' });
    await expect(members.getByRole('row', { name: /Ada Admin/ }).getByRole('button')).toHaveCount(0);
    await page.getByRole('button', { name: `Disable ${mia.name}` }).click();
    await expect(members.getByRole('row', { name: new RegExp(mia.email) })).toContainText('Disabled');
    await miaPage.goto('/maker');
    await expect(miaPage).toHaveURL(/\/sign-in\?next=%2Fmaker$/);
    await signIn(miaPage, mia);
    await expect(miaPage.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toHaveText('This account has been disabled. Ask an admin of the shop.');
    await expectNoSeriousAccessibilityProblems(miaPage);
    await miaPage.screenshot({ path: path.join(SCREENSHOTS, 'sign-in.png'), fullPage: true });
    await page.getByRole('button', { name: `Enable ${mia.name}` }).click();
    await expect(members.getByRole('row', { name: new RegExp(mia.email) })).toContainText('Active');
    await signIn(miaPage, mia);
    await expect(miaPage.getByRole('heading', { name: 'Production queue' })).toBeVisible();
    await miaContext.close();
  });

  test('a member changes their password, which signs out their other browsers', async ({ page, browser }) => {
    const olga = { name: 'Olga Admin', email: `olga-${stamp}@e2e.test`, password: 'olga first password' };
    const first = await join(browser, await invite(page, olga.email, 'Admin'), olga);
    const second = await anonymousContext(browser);
    const other = await second.newPage();
    await signIn(other, olga);
    await expect(other.getByRole('heading', { name: 'Studio' })).toBeVisible();

    const mine = await first.newPage();
    await mine.goto('/studio');
    await mine.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: /Olga Admin/ }).click();
    await expect(mine.getByRole('heading', { name: 'Your account' })).toBeVisible();
    const form = mine.getByRole('form', { name: 'Change password' });
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password').fill('olga second password');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByText('That is not your current password.')).toBeVisible();
    await form.getByLabel('Current password').fill(olga.password);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByRole('status')).toHaveText('Your password was changed. Other browsers signed in to your account were signed out.');
    await expectNoSeriousAccessibilityProblems(mine);

    // This browser stays signed in; the other one is out, and the old password is gone.
    await mine.reload();
    await expect(mine.getByRole('heading', { name: 'Your account' })).toBeVisible();
    await other.goto('/studio');
    await expect(other).toHaveURL(/\/sign-in\?next=%2Fstudio$/);
    await signIn(other, olga);
    await expect(other.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toHaveText('That e-mail and password do not match an account.');
    await signIn(other, { ...olga, password: 'olga second password' });
    await expect(other.getByRole('heading', { name: 'Studio' })).toBeVisible();
    await first.close();
    await second.close();
  });
});
