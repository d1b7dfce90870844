import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { formatMoney } from '../lib/money';
import { orderAmounts, placeOrderViaApi } from './support/orders';
import { ADMIN, expectNoSeriousAccessibilityProblems, SCREENSHOTS, SIGNED_IN } from './support/staff';

const NO_CONTROL = 'Search for letters, digits and punctuation only (no control characters).';

// The brand's orders view: filters, totals per currency, the CSV export, and the order page
// the maker uses.

test.use({ storageState: SIGNED_IN.admin });

test.describe("the brand's orders", () => {
  const tag = `studio-${Date.now()}`;
  const orders = { case: '', jeans: '', mug: '' };
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

  test.beforeAll(async ({ baseURL }) => {
    orders.case = await placeOrderViaApi(baseURL!, {
      slug: 'iphone-17-case',
      text: 'Ada',
      quantity: 2,
      email: `ada-${tag}@example.com`,
    });
    orders.jeans = await placeOrderViaApi(baseURL!, {
      slug: 'five-pocket-jeans',
      text: 'JD',
      email: `Bob-${tag}@Example.com`,
    });
    orders.mug = await placeOrderViaApi(baseURL!, {
      slug: 'ceramic-mug-11oz',
      text: 'Tea',
      quantity: 3,
      email: `cy-${tag}@example.com`,
    });
  });

  test('filter the orders, read the totals per currency, and open one as the maker sees it', async ({
    page,
  }) => {
    await page.goto('/studio');
    await expect(page.getByRole('list', { name: 'Studio areas' }).getByRole('link')).toHaveCount(8);
    await expectNoSeriousAccessibilityProblems(page);
    await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Orders' }).click();
    await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
    const filters = page.getByRole('form', { name: 'Filter orders' });
    await filters.getByLabel('Order number or e-mail').fill(tag);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByRole('status')).toHaveText('1–3 of 3 orders');
    const rows = page.getByRole('table', { name: 'Orders' }).getByRole('row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText(orders.mug);
    await expect(rows.nth(1)).toContainText('Ceramic Mug, 11 oz');

    // Totals: one row per currency; the two EUR orders add up, the GBP order stands alone.
    const [c, j, m] = [orderAmounts(orders.case), orderAmounts(orders.jeans), orderAmounts(orders.mug)];
    const totals = page.getByRole('table', { name: 'Totals' });
    await expect(totals.getByRole('row', { name: /^EUR/ })).toHaveText(
      [
        'EUR',
        '2',
        formatMoney(c.subtotalMinor + j.subtotalMinor, 'EUR'),
        formatMoney(c.shippingMinor + j.shippingMinor, 'EUR'),
        formatMoney(c.totalMinor + j.totalMinor, 'EUR'),
      ].join(''),
    );
    await expect(totals.getByRole('row', { name: /^GBP/ })).toHaveText(
      [
        'GBP',
        '1',
        formatMoney(m.subtotalMinor, 'GBP'),
        formatMoney(m.shippingMinor, 'GBP'),
        formatMoney(m.totalMinor, 'GBP'),
      ].join(''),
    );
    await expectNoSeriousAccessibilityProblems(page);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'orders.png'), fullPage: true });

    // By product, by e-mail in another case, by day.
    await filters.getByLabel('Product').selectOption({ label: "Men's Five-Pocket Jeans" });
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByRole('status')).toHaveText('1 order');
    await expect(rows.nth(1)).toContainText(orders.jeans);
    await expect(page).toHaveURL(/product=five-pocket-jeans/);
    await filters.getByLabel('Product').selectOption({ label: 'Any product' });
    await filters.getByLabel('Order number or e-mail').fill(`BOB-${tag}`.toUpperCase());
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByRole('status')).toHaveText('1 order');
    await filters.getByLabel('Order number or e-mail').fill(tag);
    await filters.getByLabel('Placed until (UTC)').fill(yesterday);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByText('No orders match these filters.')).toBeVisible();
    await filters.getByLabel('Placed from (UTC)').fill(today);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(filters.getByText('The end date is before the start date.')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('1–3 of 3 orders');

    // The order opens as the maker sees it, with the brand's facts; the admin may move it along.
    await page.getByRole('link', { name: orders.case }).click();
    await expect(page.getByRole('heading', { name: `Order ${orders.case}` })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download everything (ZIP)' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Files of line 1' }).getByRole('link')).toHaveCount(5);
    await expect(page.getByLabel('Order facts')).toContainText(`ada-${tag}@example.com`);
    await expectNoSeriousAccessibilityProblems(page);
    await page.getByRole('button', { name: 'Start production' }).click();
    await expect(page.getByRole('status')).toHaveText('In production');
    await expect(page.getByRole('list', { name: 'Order history' })).toContainText(
      `In production (${ADMIN.email})`,
    );
    await page.getByRole('link', { name: 'Orders', exact: true }).first().click();
    await filters.getByLabel('Order number or e-mail').fill(tag);
    await filters.getByLabel('Status').selectOption({ label: 'In production' });
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByRole('status')).toHaveText('1 order');
    await expect(rows.nth(1)).toContainText(orders.case);
  });

  test('export the filtered orders as CSV, one row per order line', async ({ page }) => {
    await page.goto(`/studio/orders?q=${tag}`);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download CSV' }).click();
    const file = await (await download).path();
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records = text.slice(1).split('\r\n');
    expect(records[0]).toBe(
      'Order,Line,Placed (UTC),Status,E-mail,Product,Template version,Size,Options,Quantity,Line total,Currency',
    );
    expect(records.at(-1)).toBe('');
    expect(records).toHaveLength(5);
    const mug = records.find((r) => r.startsWith(orders.mug))!.split(',');
    expect(mug.slice(0, 2)).toEqual([orders.mug, '1']);
    expect(mug[2]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(mug.slice(3, 7)).toEqual(['Placed', `cy-${tag}@example.com`, '"Ceramic Mug', ' 11 oz"']);
    expect(mug.slice(-3)).toEqual(['3', (orderAmounts(orders.mug).subtotalMinor / 100).toFixed(2), 'GBP']);
    expect(records.find((r) => r.startsWith(orders.case))).toContain(',2,');

    // The export follows the filter, and refuses a mistyped one.
    const filtered = await page.request.get(`/api/studio/orders.csv?q=${tag}&product=ceramic-mug-11oz`);
    expect((await filtered.text()).split('\r\n')).toHaveLength(3);
    expect((await page.request.get(`/api/studio/orders.csv?from=yesterday`)).status()).toBe(422);
  });

  test('a search is for what was typed: a NUL byte is refused with a message, % and _ are no wildcards', async ({
    page,
  }) => {
    const response = await page.goto('/studio/orders?q=%00');
    expect(response?.status()).toBe(200);
    const filters = page.getByRole('form', { name: 'Filter orders' });
    await expect(filters.getByText(NO_CONTROL)).toBeVisible();
    await expect(filters.getByLabel('Order number or e-mail')).toHaveAttribute('aria-invalid', 'true');
    const csv = await page.request.get('/api/studio/orders.csv?q=%00');
    expect(csv.status()).toBe(422);
    expect(await csv.text()).toBe(`q: ${NO_CONTROL}`);
    expect((await page.request.get(`/api/studio/orders.csv?q=${tag}%00`)).status()).toBe(422);

    // "%" used to match every order.
    await page.goto('/studio/orders?q=%25');
    await expect(page.getByText('No orders match these filters.')).toBeVisible();
    const none = await page.request.get('/api/studio/orders.csv?q=%25');
    expect(none.status()).toBe(200);
    expect((await none.text()).split('\r\n')).toHaveLength(2);
    await page.goto(`/studio/orders?q=${tag.replace('-', '_')}`);
    await expect(page.getByText('No orders match these filters.')).toBeVisible();
    await page.goto(`/studio/orders?q=${tag.toUpperCase()}`);
    await expect(page.getByRole('status')).toHaveText('1–3 of 3 orders');
  });

  test('cancel an order with a reason: makers see why, and its production files are refused', async ({
    page,
    baseURL,
    playwright,
    browser,
  }) => {
    const number = await placeOrderViaApi(baseURL!, {
      slug: 'iphone-17-case',
      text: 'Nope',
      email: `cancel-${tag}@example.com`,
    });
    const reason = 'The customer asked by phone to cancel';
    await page.goto(`/studio/orders/${number}`);
    const form = page.getByRole('form', { name: 'Cancel order' });
    await form.getByRole('button', { name: 'Cancel this order' }).click();
    await expect(form.getByText('Say why the order is cancelled.')).toBeVisible();
    await form.getByLabel('Reason for cancelling').fill(reason);
    await form.getByRole('button', { name: 'Cancel this order' }).click();
    await expect(page.getByRole('status')).toHaveText('Cancelled');
    await expect(page.getByText(/^Do not make this order\. It was cancelled/)).toContainText(
      `by ${ADMIN.email}. Reason: ${reason}.`,
    );
    await expect(page.getByRole('list', { name: 'Order history' })).toContainText(
      `Cancelled (${ADMIN.email}): ${reason}`,
    );
    await expect(page.getByRole('link', { name: 'Download everything (ZIP)' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Files of line 1' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Start production' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Cancel order' })).toHaveCount(0);
    await expectNoSeriousAccessibilityProblems(page);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'cancelled-order.png'), fullPage: true });

    // Its production files are refused to everyone, with the reason.
    const refused = `Order ${number} was cancelled (${reason}). Do not make it: its production files are no longer available.`;
    for (const who of ['admin', 'maker'] as const) {
      const api: APIRequestContext = await playwright.request.newContext({
        baseURL: baseURL!,
        storageState: SIGNED_IN[who],
      });
      for (const url of [
        `/api/maker/orders/${number}/zip`,
        `/api/maker/orders/${number}/files/${number}_1_spec.json`,
        `/api/maker/orders/${number}/files/${number}_1_back.pdf`,
      ]) {
        const response = await api.get(url);
        expect(response.status(), `${who} ${url}`).toBe(409);
        expect(await response.text()).toBe(refused);
      }
      await api.dispose();
    }

    // The maker sees the cancelled order, and why, in the queue and on its page, with nothing to download.
    const maker = await browser.newContext({ storageState: SIGNED_IN.maker });
    const makerPage = await maker.newPage();
    await makerPage.goto('/maker');
    await expect(
      makerPage.getByRole('table', { name: 'Waiting orders' }).getByRole('link', { name: number }),
    ).toHaveCount(0);
    await makerPage
      .getByRole('navigation', { name: 'Filter orders by status' })
      .getByRole('link', { name: /^Cancelled/ })
      .click();
    const row = makerPage
      .getByRole('table', { name: 'Cancelled orders' })
      .getByRole('row', { name: new RegExp(number) });
    await expect(row).toContainText(`CancelledReason: ${reason}`);
    await row.getByRole('link', { name: number }).click();
    await expect(makerPage.getByRole('heading', { name: `Order ${number}` })).toBeVisible();
    await expect(makerPage.getByRole('status')).toHaveText('Cancelled');
    await expect(makerPage.getByText(/^Do not make this order\. It was cancelled/)).toContainText(reason);
    await expect(makerPage.getByRole('link', { name: /\.(zip|pdf|svg|png|json)$|ZIP/ })).toHaveCount(0);
    await expect(makerPage.getByRole('button', { name: 'Start production' })).toHaveCount(0);
    await maker.close();
  });
});
