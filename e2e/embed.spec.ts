import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_PORT } from './support/e2e-server';
import { SCREENSHOTS, SIGNED_IN } from './support/staff';
import { expectNoSeriousAccessibilityProblems } from './support/studio';

// The configurator inside another store's page, across origins: the shop (E2E_PORT), the
// example store from examples/store on E2E_PORT + 1 (allowed in the studio), and a third site
// on E2E_PORT + 2 that nobody allowed. The store embeds a product, hears the live price, adds
// the design to its own cart at the price the API gives it, orders through the API and
// receives the order webhook with a signature it verifies.

const SHOP = `http://127.0.0.1:${E2E_PORT}`;
const STORE_PORT = E2E_PORT + 1;
const STORE = `http://127.0.0.1:${STORE_PORT}`;
const OTHER_PORT = E2E_PORT + 2;
const OTHER = `http://127.0.0.1:${OTHER_PORT}`;
const ROOT = path.join(import.meta.dirname, '..');
const PRODUCT = 'iphone-17-case';

test.describe.configure({ mode: 'serial' });

let store: ChildProcess | null = null;
let other: http.Server | null = null;

test.afterAll(async () => {
  store?.kill('SIGTERM');
  await new Promise<void>((resolve) => (other ? other.close(() => resolve()) : resolve()));
});

/** As the brand: allows the store, makes an API key and a webhook endpoint, returns the secrets. */
async function setUpStore(page: Page): Promise<{ key: string; secret: string }> {
  await page.goto('/studio/embed');
  const form = page.getByRole('form', { name: 'Allow a site' });
  await form.getByLabel('Site address').fill(`${STORE}/shop/products`);
  await form.getByRole('button', { name: 'Allow this site' }).click();
  await expect(
    form.getByText('Enter only the site’s address (scheme, host and port), without a path.'),
  ).toBeVisible();
  await form.getByLabel('Site address').fill(`${STORE}/`);
  await form.getByRole('button', { name: 'Allow this site' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Sites allowed to embed' })
      .getByRole('cell', { name: STORE, exact: true }),
  ).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-studio.png'), fullPage: true });
  await expectNoSeriousAccessibilityProblems(page);

  // The store's server needs to read prices and place orders, nothing more.
  const name = `Corner Goods ${Date.now()}`;
  await page.goto('/studio/api-keys');
  const keyForm = page.getByRole('form', { name: 'New API key' });
  await keyForm.getByLabel('Name').fill(name);
  for (const scope of ['catalogue:read', 'orders:write', 'orders:read'])
    await keyForm.getByRole('checkbox', { name: new RegExp(scope) }).check();
  await keyForm.getByRole('button', { name: 'Create key' }).click();
  const key = await page.getByLabel(`API key ${name}`).inputValue();
  expect(key).toMatch(/^ok_/);

  await page.goto('/studio/webhooks');
  const endpointForm = page.getByRole('form', { name: 'New endpoint' });
  await endpointForm.getByLabel('Endpoint URL').fill(`${STORE}/webhooks/onekind`);
  await endpointForm.getByLabel('Description (optional)').fill(name);
  await endpointForm.getByRole('checkbox', { name: /An order is placed/ }).check();
  await endpointForm.getByRole('button', { name: 'Add endpoint' }).click();
  const secret = await page.getByRole('textbox', { name: 'Signing secret' }).inputValue();
  expect(secret).toMatch(/^whsec_/);
  return { key, secret };
}

async function startStore(key: string, secret: string): Promise<void> {
  store = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'examples', 'store', 'server.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(STORE_PORT),
      ONEKIND_URL: SHOP,
      ONEKIND_API_KEY: key,
      ONEKIND_WEBHOOK_SECRET: secret,
      ONEKIND_PRODUCT: PRODUCT,
    },
    stdio: 'pipe',
  });
  await expect
    .poll(async () => (await fetch(`${STORE}/cart`).catch(() => null))?.status, { timeout: 30_000 })
    .toBe(200);
}

test.describe('the configurator embedded in another store', () => {
  test('a store embeds a product, prices it through the API, orders it and receives the signed webhook', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const admin = await browser.newContext({ storageState: SIGNED_IN.admin });
    const { key, secret } = await setUpStore(await admin.newPage());
    await admin.close();
    await startStore(key, secret);

    // Only the shop and the allowed store may frame an embed page.
    const embedHeaders = (await fetch(`${SHOP}/embed/${PRODUCT}`)).headers;
    expect(embedHeaders.get('content-security-policy')).toBe(`frame-ancestors 'self' ${STORE}`);
    expect((await fetch(`${SHOP}/`)).headers.get('content-security-policy')).toBe("frame-ancestors 'self'");

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(STORE);
    const frame = page.frameLocator('iframe[title="Personalize your product"]');
    await expect(frame.getByRole('heading', { name: 'Make it yours' })).toBeVisible({ timeout: 60_000 });
    // The store shows the live price from the frame's events.
    await expect(page.locator('#live-price')).toHaveText('€24.90');
    await frame.getByRole('radio', { name: /Crystal clear/ }).check();
    await expect(page.locator('#live-price')).toHaveText('€27.90');
    // A command from the store: the quantity.
    await page.locator('#qty').fill('2');
    await page.locator('#qty').dispatchEvent('change');
    await expect(frame.getByRole('spinbutton', { name: 'Quantity' })).toHaveValue('2');
    await expect(page.locator('#live-price')).toHaveText('€55.80');
    // No shop header, cart or footer inside the frame.
    await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    const embedContext = await browser.newContext();
    const embedPage = await embedContext.newPage();
    await embedPage.goto(`${SHOP}/embed/${PRODUCT}`);
    await expect(embedPage.getByRole('heading', { name: 'Make it yours' })).toBeVisible();
    await expectNoSeriousAccessibilityProblems(embedPage);
    await embedContext.close();

    // "Add to cart" in the frame fills the store's cart, at the price the store asked the API.
    await frame.getByRole('button', { name: 'Add to cart' }).click();
    const line = page.locator('#cart li');
    await expect(line).toContainText('2 × €27.90 = €55.80');
    await expect
      .poll(() => line.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(100);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-store.png'), fullPage: true });

    // The saved design reopens in the embed for editing (the frame is mounted again).
    await line.getByRole('link', { name: 'Edit' }).click();
    await expect(frame.getByRole('radio', { name: /Crystal clear/ })).toBeChecked({ timeout: 60_000 });

    // The store orders through the API; the shop recomputes the price.
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.locator('#order')).toContainText(/Order OK-[A-Z2-9]{4}-[A-Z2-9]{4} placed: €60\.70/);
    const number = /OK-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec((await page.locator('#order').textContent()) ?? '')![0];

    // The webhook arrives, signed: the store's receiver refuses anything it cannot verify.
    await expect
      .poll(
        async () => {
          const { events } = (await (await fetch(`${STORE}/webhooks/received`)).json()) as {
            events: { type: string; data: { number?: string } }[];
          };
          return events.filter((e) => e.type === 'order.created').map((e) => e.data.number);
        },
        { timeout: 60_000 },
      )
      .toContain(number);
    const forged = await fetch(`${STORE}/webhooks/onekind`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': 'msg_forged',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,Zm9yZ2Vk',
      },
      body: JSON.stringify({ type: 'order.created', data: { number: 'OK-FAKE-FAKE' } }),
    });
    expect(forged.status).toBe(400);
    await expect(page.locator('#hooks')).toContainText('order.created');

    await page.close();
  });

  test('a site nobody allowed cannot frame the configurator, and its messages are ignored', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    other = http
      .createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><title>Other site</title><div data-onekind-product="${PRODUCT}"></div>` +
            `<script>window.events = []; document.querySelector('div').addEventListener('onekind:ready', (e) => window.events.push(e.detail));</script>` +
            `<script src="${SHOP}/embed.js"></script>`,
        );
      })
      .listen(OTHER_PORT, '127.0.0.1');
    const page = await browser.newPage();
    await page.goto(OTHER);
    await expect(page.locator('iframe')).toHaveCount(1);
    // The frame stays empty: the browser refuses to show the shop in it (its error page).
    await expect
      .poll(() =>
        page
          .frames()
          .slice(1)
          .map((f) => f.url()),
      )
      .toContain('chrome-error://chromewebdata/');
    expect(await page.evaluate(() => (window as unknown as { events: unknown[] }).events)).toEqual([]);
    for (const f of page.frames().slice(1)) expect(await f.getByText('Make it yours').count()).toBe(0);

    // Opened as a window (frame-ancestors does not apply), claiming to be the allowed store:
    // the configurator still ignores this site's commands.
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate(
        (url) => void ((window as unknown as { opened: Window | null }).opened = window.open(url)),
        `${SHOP}/embed/${PRODUCT}?host=${encodeURIComponent(STORE)}`,
      ),
    ]);
    await expect(popup.getByRole('heading', { name: 'Make it yours' })).toBeVisible({ timeout: 60_000 });
    // Messages from one window arrive in order: once a last probe has arrived, the commands
    // before it were handled (or ignored), and two frames later React has drawn the result.
    type Probed = { probed: Promise<void> };
    await popup.evaluate(() => {
      (window as unknown as Probed).probed = new Promise<void>((resolve) =>
        window.addEventListener('message', (e: MessageEvent<{ probe?: boolean }>) => {
          if (e.data?.probe) requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        }),
      );
    });
    await page.evaluate((shop) => {
      const opened = (window as unknown as { opened: Window }).opened;
      for (const type of ['setQuantity', 'save'])
        opened.postMessage({ source: 'onekind-host', version: 1, type, quantity: 7 }, shop);
      opened.postMessage({ probe: true }, shop);
    }, SHOP);
    await popup.evaluate(() => (window as unknown as Probed).probed);
    await expect(popup.getByRole('spinbutton', { name: 'Quantity' })).toHaveValue('1');
    await expect(popup.getByText('Saved.')).toHaveCount(0);
    await popup.close();
    await page.close();
  });
});
