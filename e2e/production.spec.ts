import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { placeOrderViaApi } from './support/orders';
import { expectNoSeriousAccessibilityProblems, SCREENSHOTS, SIGNED_IN } from './support/staff';

// Production files are rendered by the worker npm start runs beside the web server, as soon as
// an order is placed: the studio shows each order's state, and a failed render can be retried.

const E2E_DB = path.join(import.meta.dirname, '..', 'data', 'e2e', 'onekind.db');

test.use({ storageState: SIGNED_IN.admin });

test('an order is rendered when placed, shown as ready, its ZIP served from storage; a failed render is retried', async ({
  page,
  baseURL,
}) => {
  const number = await placeOrderViaApi(baseURL!, {
    slug: 'ceramic-mug-11oz',
    text: 'Rendered',
    email: 'render@example.com',
  });

  await page.goto('/studio/production');
  await expect(page.getByRole('heading', { name: 'Production' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: number });
  await expect(async () => {
    await page.reload();
    await expect(row.getByText('Ready', { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });

  const zip = await page.request.get(`/api/maker/orders/${number}/zip`);
  expect(zip.status()).toBe(200);
  const names = Object.keys(unzipSync(new Uint8Array(await zip.body())));
  expect(names).toContain(`${number}/${number}_1_production-sheet.pdf`);

  // A render that failed for good, as the worker records one (the mug's renders do not fail).
  const db = new Database(E2E_DB);
  db.prepare(
    `UPDATE "OrderProduction" SET state = 'failed', attempts = 5, "lastError" = 'Storage unreachable' WHERE "orderId" = (SELECT id FROM "Order" WHERE number = ?)`,
  ).run(number);
  db.close();
  await page.goto('/studio/production?state=failed');
  await expect(row.getByText('Failed', { exact: true })).toBeVisible();
  await expect(row.getByText('Storage unreachable')).toBeVisible();
  await expectNoSeriousAccessibilityProblems(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'production-failed.png'), fullPage: true });

  await row.getByRole('button', { name: `Retry ${number}` }).click();
  await expect(async () => {
    await page.goto('/studio/production');
    await expect(row.getByText('Ready', { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(row.getByRole('cell', { name: '1', exact: true })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'production.png'), fullPage: true });
});
