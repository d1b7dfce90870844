import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { addText, FIXTURES, openProduct, uploadImage } from './support/configurator';
import { addToCart, fillCheckout, shopper } from './support/orders';
import { expectNoSeriousAccessibilityProblems, MAKER, signIn } from './support/staff';

const ORDER_NUMBER = /OK-[A-Z2-9]{4}-[A-Z2-9]{4}/;
// The production sheet is kept here (with its pages rendered by pdftoppm) for people to look at.
const OUT = path.join(import.meta.dirname, '..', 'test-results', 'maker');

async function placeOrder(page: Page): Promise<{ number: string; shopperUrl: string }> {
  await openProduct(page, 'iphone-17-case');
  await uploadImage(page, FIXTURES.photo);
  await addText(page, 'Ada');
  await addToCart(page);
  await openProduct(page, 'five-pocket-jeans');
  await addText(page, 'JD');
  await addToCart(page);
  await fillCheckout(page, shopper(`maker-${Date.now()}@example.com`));
  await page.getByRole('button', { name: 'Place order' }).click();
  const heading = page.getByRole('heading', { name: ORDER_NUMBER });
  await expect(heading).toBeVisible();
  return { number: ORDER_NUMBER.exec((await heading.textContent()) ?? '')![0], shopperUrl: page.url() };
}

test.describe("the maker's queue", () => {
  test('a shopper orders a design; the maker downloads its ZIP, starts production and ships it', async ({ page }) => {
    const { number, shopperUrl } = await placeOrder(page);

    // A shopper, even holding the order's view link, reaches none of the maker's files.
    await expect(page.getByRole('link', { name: /ZIP|production/i })).toHaveCount(0);
    for (const url of [`/api/maker/orders/${number}/zip`, `/api/maker/orders/${number}/files/${number}_1_spec.json`, `/api/maker/orders/${number}/zip?t=${new URL(shopperUrl).searchParams.get('t')}`]) {
      expect((await page.request.get(url)).status()).toBe(401);
    }
    // The queue and the order page send a signed-out visitor to sign in, and come back after.
    await page.goto('/maker');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fmaker$/);
    await page.goto(`/maker/orders/${number}`);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=%2Fmaker%2Forders%2F${number}$`));
    await signIn(page, { email: MAKER.email, password: 'not the password' }, `/maker/orders/${number}`);
    await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toHaveText('That e-mail and password do not match an account.');
    expect((await page.request.get(`/api/maker/orders/${number}/zip`)).status()).toBe(401);

    // The right password opens the page that asked for it.
    await page.getByRole('form', { name: 'Sign in' }).getByLabel('Password').fill(MAKER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: `Order ${number}` })).toBeVisible();
    await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Production queue' }).click();
    await expect(page.getByRole('heading', { name: 'Production queue' })).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);
    await page.getByRole('table', { name: 'Waiting orders' }).getByRole('link', { name: number }).click();
    await expect(page.getByRole('heading', { name: `Order ${number}` })).toBeVisible();
    await expectNoSeriousAccessibilityProblems(page);
    const line = page.getByRole('listitem', { name: 'Line 1: iPhone 17 Slim Case' });
    await expect(line.getByTitle('Case back artwork')).toBeVisible();
    await expect(line.getByRole('list', { name: 'Files of line 1' }).getByRole('link')).toHaveText([
      `${number}_1_back.pdf`,
      `${number}_1_back.svg`,
      `${number}_1_back.png`,
      `${number}_1_spec.json`,
      `${number}_1_production-sheet.pdf`,
    ]);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download everything (ZIP)' }).click();
    const zipPath = await (await download).path();
    const zip = unzipSync(new Uint8Array(execFileSync('cat', [zipPath])));
    const names = Object.keys(zip);
    expect(names).toEqual(
      [
        `${number}_1_back.pdf`,
        `${number}_1_back.svg`,
        `${number}_1_back.png`,
        `${number}_1_spec.json`,
        `${number}_1_production-sheet.pdf`,
        `${number}_2_pocket-embroidery.pdf`,
        `${number}_2_pocket-embroidery.svg`,
        `${number}_2_pocket-embroidery.png`,
        `${number}_2_spec.json`,
        `${number}_2_production-sheet.pdf`,
      ].map((n) => `${number}/${n}`),
    );
    const spec = JSON.parse(new TextDecoder().decode(zip[`${number}/${number}_1_spec.json`])) as { order: { number: string }; zones: Array<{ images: Array<{ widthPx: number; heightPx: number }>; texts: Array<{ content: string }> }> };
    expect(spec.order.number).toBe(number);
    // The maker gets the shopper's original pixels, not the 1024 px preview.
    expect(spec.zones[0]!.images[0]).toMatchObject({ widthPx: 1600, heightPx: 1200 });
    expect(spec.zones[0]!.texts[0]!.content).toBe('Ada');

    mkdirSync(OUT, { recursive: true });
    const sheet = path.join(OUT, 'production-sheet.pdf');
    writeFileSync(sheet, zip[`${number}/${number}_1_production-sheet.pdf`]!);
    writeFileSync(path.join(OUT, 'print.pdf'), zip[`${number}/${number}_1_back.pdf`]!);
    expect(execFileSync('pdfimages', ['-list', path.join(OUT, 'print.pdf')], { encoding: 'utf8' })).toMatch(/1600\s+1200\s+rgb\s+3\s+8\s+jpeg/);
    execFileSync('pdftoppm', ['-r', '60', '-png', sheet, path.join(OUT, 'sheet-page')]);
    const jeansSheet = path.join(OUT, 'production-sheet-jeans.pdf');
    writeFileSync(jeansSheet, zip[`${number}/${number}_2_production-sheet.pdf`]!);
    execFileSync('pdftoppm', ['-r', '60', '-png', jeansSheet, path.join(OUT, 'jeans-sheet-page')]);
    const jeansText = execFileSync('pdftotext', ['-layout', jeansSheet, '-'], { encoding: 'utf8' });
    expect(jeansText).toContain('Tech pack: points of measure, size W32 L32');
    expect(jeansText).toMatch(/Inseam\s.*81\.3\s+32/);
    expect(jeansText).toContain('Sewing operations');
    const jeansSpec = JSON.parse(new TextDecoder().decode(zip[`${number}/${number}_2_spec.json`])) as { zones: Array<{ method: string; embroidery?: { threads: Array<{ reference?: string }> } }> };
    expect(jeansSpec.zones[0]).toMatchObject({ method: 'embroider', embroidery: { threads: [{ reference: expect.stringMatching(/^Isacord 40 #\d{4}$/) }] } });

    // A single file, as the order page links it.
    const single = await page.request.get(`/api/maker/orders/${number}/files/${number}_1_spec.json`);
    expect(single.status()).toBe(200);
    expect(single.headers()['content-disposition']).toContain(`${number}_1_spec.json`);
    expect((await page.request.get(`/api/maker/orders/${number}/files/${number}_9_spec.json`)).status()).toBe(404);

    await page.getByRole('button', { name: 'Start production' }).click();
    await expect(page.getByRole('status')).toHaveText('In production');
    await page.getByLabel('Tracking reference').fill('x');
    await page.getByRole('button', { name: 'Mark shipped' }).click();
    await expect(page.getByText("Enter the carrier's tracking reference.")).toBeVisible();
    await page.getByLabel('Tracking reference').fill('JJD000390007');
    await page.getByRole('button', { name: 'Mark shipped' }).click();
    await expect(page.getByRole('status')).toHaveText('Shipped, tracking JJD000390007');
    await expect(page.getByRole('list', { name: 'Order history' })).toContainText(`In production (${MAKER.email})`);

    await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Production queue' }).click();
    await expect(page.getByRole('table', { name: 'Waiting orders' }).getByRole('link', { name: number })).toHaveCount(0);
    await page.getByRole('link', { name: 'Shipped', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Shipped orders' }).getByRole('row', { name: new RegExp(number) })).toContainText('JJD000390007');

    // The shopper sees the status, still without any maker file.
    await page.getByRole('navigation', { name: 'Staff' }).getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect((await page.request.get('/maker')).url()).toMatch(/\/sign-in\?next=%2Fmaker$/);
    expect((await page.request.get(`/api/maker/orders/${number}/zip`)).status()).toBe(401);
    await page.goto(shopperUrl);
    await expect(page.getByRole('list', { name: 'Order history' })).toContainText('Shipped');
  });
});
