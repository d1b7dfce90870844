import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { addText, choose, expectTotal, openProduct } from './support/configurator';
import { addToCart, fillCheckout, shopper } from './support/orders';
import {
  expect3dPreview,
  expectNoSeriousAccessibilityProblems,
  expectSaved,
  openSection,
  shot,
  openStudio,
} from './support/studio';
import { SIGNED_IN } from './support/staff';

const ORDER_NUMBER = /OK-[A-Z2-9]{4}-[A-Z2-9]{4}/;

type Spec = {
  product: { slug: string; templateVersion: number };
  price: { totalMinor: number; lines: Array<{ kind: string; amountMinor: number }> };
};

async function createTote(page: Page, name: string, slug: string) {
  await page.getByRole('link', { name: 'New template' }).click();
  await page.getByRole('radio', { name: /^Tote bag/ }).check();
  await page.getByLabel('Product name').fill(name);
  await page.getByLabel('Web address').fill(slug);
  await page.getByLabel('Brand').fill('Acme Bags');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('Description').fill('A canvas tote with your print on the front.');
  await expectNoSeriousAccessibilityProblems(page);
  await shot(page, '02-new-template');
  await page.getByRole('button', { name: 'Create template' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Not published')).toBeVisible();
}

/** The maker's files of line 1 of an order: the ZIP's spec. */
async function makerSpec(page: Page, number: string): Promise<{ names: string[]; spec: Spec }> {
  const response = await page.request.get(`/api/maker/orders/${number}/zip`);
  expect(response.status()).toBe(200);
  const zip = unzipSync(new Uint8Array(await response.body()));
  const spec = JSON.parse(new TextDecoder().decode(zip[`${number}/${number}_1_spec.json`])) as Spec;
  return { names: Object.keys(zip), spec };
}

test.use({ storageState: SIGNED_IN.admin });

test.describe('brand studio', () => {
  test('an admin makes a tote bag and publishes it; a shopper orders it; version 2 costs more and the order keeps version 1', async ({
    page,
    browser,
  }) => {
    test.setTimeout(420_000);
    // Unique per run: a local run may reuse a server (and database) from an earlier one.
    const run = Date.now().toString(36);
    const slug = `studio-tote-${run}`;
    const name = `Studio Tote ${run}`;
    await openStudio(page);
    await expectNoSeriousAccessibilityProblems(page);
    await shot(page, '01-templates');
    await createTote(page, name, slug);

    // Product: a problem shows next to its field, counts on its tab, and links from the summary.
    await page.getByLabel('Product name').fill('');
    await expect(page.getByLabel('Product name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('A template needs a name', { exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: /^Product/ })).toContainText('1');
    await page
      .getByRole('region', { name: /1 problem to fix/ })
      .getByRole('link', { name: 'Name' })
      .click();
    await expect(page.getByLabel('Product name')).toBeFocused();
    await page.getByLabel('Product name').fill(name);
    await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible();
    await expect3dPreview(page);
    await expectNoSeriousAccessibilityProblems(page);
    await shot(page, '03-editor-product');

    // Options: two canvas colours, the second at a surcharge. The 3D preview follows without
    // being mounted again (the same canvas element throughout).
    const canvas = await page.getByRole('img', { name: /^3D preview of/ }).elementHandle();
    await openSection(page, 'Options');
    await expect(page.getByLabel('Option name')).toHaveValue('Canvas colour');
    const second = page.getByRole('list', { name: 'Choices of Canvas colour' }).getByRole('listitem').nth(1);
    await second.getByLabel('Choice name').fill('Midnight');
    await second.getByLabel('Colour', { exact: true }).fill('#101820');
    await second.getByLabel('Price difference').fill('2');
    expect(await canvas.evaluate((el) => el.isConnected)).toBe(true);
    await expectNoSeriousAccessibilityProblems(page);
    await shot(page, '04-editor-options');

    // Zones: numeric fields, a zone too wide for the bag, the pointer and the keyboard.
    await openSection(page, 'Zones');
    await page.getByLabel('Zone name').fill('Front print');
    await page.getByLabel('Width', { exact: true }).fill('500');
    await expect(page.getByText(/Zone "Front print" extends beyond the front panel/i).first()).toBeVisible();
    await expect(page.getByRole('tab', { name: /^Zones/ })).toContainText('1');
    await shot(page, '05-editor-zone-too-wide');
    await page.getByLabel('Width', { exact: true }).fill('260');
    await page.getByLabel('Height', { exact: true }).fill('280');
    await page.getByLabel('Y from top').fill('80');
    await page.getByLabel('X from centre').fill('0');
    const zone = page.getByRole('button', { name: /^Front print: 260 mm wide, 280 mm high/ });
    const box = (await zone.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByLabel('X from centre')).not.toHaveValue('0');
    await zone.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.getByLabel('X from centre').fill('2.5');
    await zone.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByLabel('X from centre')).toHaveValue('3.5');
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByLabel('Height', { exact: true })).toHaveValue('281');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Height', { exact: true })).toHaveValue('280');
    // Dragging across empty surface draws a new zone (with its own charges row); it can go again.
    const placed = (await zone.boundingBox())!;
    // The bag's side margins are 55 mm: draw in the one on the right.
    const side = (box.width / 260) * 50;
    await page.mouse.move(placed.x + placed.width + side * 0.2, placed.y + 10);
    await page.mouse.down();
    await page.mouse.move(placed.x + placed.width + side * 0.9, placed.y + placed.height - 10, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByLabel('Zone name')).toHaveValue('Zone 2');
    await expect(
      page.getByRole('group', { name: 'Zones' }).getByRole('button', { name: 'Zone 2' }),
    ).toBeVisible();
    await shot(page, '06-editor-zone-drawn');
    await page.getByRole('button', { name: 'Remove zone' }).click();
    await expect(
      page.getByRole('group', { name: 'Zones' }).getByRole('button', { name: 'Zone 2' }),
    ).toHaveCount(0);
    await page.getByRole('group', { name: 'Zones' }).getByRole('button', { name: 'Front print' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible();
    expect(await canvas.evaluate((el) => el.isConnected)).toBe(true);
    await expectNoSeriousAccessibilityProblems(page);
    await shot(page, '06-editor-zones');

    // Pricing, saved by itself: a reload loses nothing.
    await openSection(page, 'Pricing');
    await page.getByLabel('Base price').fill('19');
    await page.getByLabel('Front print: When used (EUR)').fill('3.00');
    await expect(page.getByText('The catalogue shows “from €19.00”.')).toBeVisible();
    await expectSaved(page);
    await shot(page, '07-editor-pricing');
    await page.reload();
    await openSection(page, 'Pricing');
    await expect(page.getByLabel('Base price')).toHaveValue('19.00');

    // Try as shopper: the draft in the configurator with its live quote, clearly not the shop.
    await page.getByRole('button', { name: 'Try as shopper' }).click();
    await expect(page.getByRole('note', { name: 'Preview' })).toContainText(
      'Preview of your unpublished draft',
    );
    await choose(page, 'Midnight');
    await addText(page, 'Ada');
    await expectTotal(page, '€24.00');
    await expect(page.getByRole('button', { name: 'Add to cart' })).toHaveCount(0);
    await expect3dPreview(page);
    await expectNoSeriousAccessibilityProblems(page);
    await shot(page, '08-try-as-shopper');
    expect((await page.request.get(`/products/${slug}`)).status()).toBe(404);
    await page.getByRole('link', { name: 'Back to the editor' }).click();

    // Publish version 1.
    await page.getByRole('button', { name: 'Publish…' }).click();
    await page.getByLabel('Note for the version history (optional)').fill('First version');
    await shot(page, '09-publish-v1');
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await expect(page.getByRole('heading', { name: 'Published version 1' })).toBeVisible();
    await expect(page.getByText('In the shop', { exact: true })).toBeVisible();

    // A shopper designs and orders it.
    await page.goto('/');
    await expect(page.getByRole('link', { name: new RegExp(name) })).toContainText('€19.00');
    await openProduct(page, slug);
    await choose(page, 'Midnight');
    await addText(page, 'Ada');
    await expectTotal(page, '€24.00');
    await addToCart(page);
    await fillCheckout(page, shopper(`studio-${Date.now()}@example.com`));
    await page.getByRole('button', { name: 'Place order' }).click();
    const heading = page.getByRole('heading', { name: ORDER_NUMBER });
    await expect(heading).toBeVisible();
    const number = ORDER_NUMBER.exec((await heading.textContent()) ?? '')![0];
    const orderUrl = page.url();
    const line = page.getByRole('listitem', { name });
    await expect(line).toContainText('Made on version 1 of this product');
    await expect(
      page.getByRole('table', { name: `Price of ${name}` }).getByRole('row', { name: /Line total/ }),
    ).toContainText('€24.00');

    // The maker downloads its production files (signed in as the maker in a browser of their own).
    const workshop = await browser.newContext({ storageState: SIGNED_IN.maker });
    const maker = await workshop.newPage();
    // The queue is oldest first and pages, and earlier tests leave many orders waiting: the maker
    // searches for this one, as they would on a busy shop.
    await maker.goto(`/maker?q=${number}`);
    await expect(maker.getByRole('heading', { name: 'Production queue' })).toBeVisible();
    await expect(maker.getByRole('link', { name: number })).toBeVisible();
    const v1 = await makerSpec(maker, number);
    expect(v1.names).toEqual(
      expect.arrayContaining([
        `${number}/${number}_1_front.pdf`,
        `${number}/${number}_1_front.png`,
        `${number}/${number}_1_production-sheet.pdf`,
      ]),
    );
    expect(v1.spec.product).toMatchObject({ slug, templateVersion: 1 });
    expect(v1.spec.price.totalMinor).toBe(2400);

    // Version 2 costs more.
    await page.goto(`/studio/templates/${slug}`);
    await openSection(page, 'Pricing');
    await page.getByLabel('Base price').fill('24.00');
    await page.getByRole('button', { name: 'Publish…' }).click();
    await expect(page.getByRole('list', { name: 'Changes to publish' })).toHaveText([
      'Pricing › Base price: 19.00 → 24.00 EUR',
    ]);
    await page.getByLabel('Note for the version history (optional)').fill('New canvas supplier');
    await shot(page, '10-publish-v2');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await expect(page.getByRole('heading', { name: 'Published version 2' })).toBeVisible();

    // The versions page: who published what and why, and the difference in words.
    await page.getByRole('link', { name: 'Versions' }).click();
    const versions = page.getByRole('table', { name: 'Published versions' });
    await expect(versions.getByRole('row')).toHaveCount(3);
    await expect(versions.getByRole('row', { name: /^2 / })).toContainText('New canvas supplier');
    await expect(versions.getByRole('row', { name: /^1 / })).toContainText('First version');
    await expect(page.getByRole('list', { name: 'Changes from Version 1 to Version 2' })).toHaveText([
      /Pricing › Base price: 19.00 → 24.00 EUR/,
    ]);
    await expectNoSeriousAccessibilityProblems(page);
    await shot(page, '11-versions');

    // The shop shows version 2; the earlier order still shows and produces version 1 at its price.
    await page.goto('/');
    await expect(page.getByRole('link', { name: new RegExp(name) })).toContainText('€24.00');
    await page.goto(orderUrl);
    await expect(line).toContainText('Made on version 1 of this product');
    await expect(
      page.getByRole('table', { name: `Price of ${name}` }).getByRole('row', { name: /Line total/ }),
    ).toContainText('€24.00');
    await expect(
      page
        .getByRole('table', { name: `Price of ${name}` })
        .getByRole('row', { name: new RegExp(`^${name}`) }),
    ).toContainText('€19.00');
    const again = await makerSpec(maker, number);
    await workshop.close();
    expect(again.spec.product.templateVersion).toBe(1);
    expect(again.spec.price.lines.find((l) => l.kind === 'base')?.amountMinor).toBe(1900);

    // Archiving hides it from the catalogue; its order stays whole.
    await openStudio(page);
    await page.getByRole('button', { name: `Archive ${name}` }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Archived');
    await shot(page, '12-templates-archived');
    await page.goto('/');
    await expect(page.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
    expect((await page.request.get(`/products/${slug}`)).status()).toBe(404);
    await page.goto(orderUrl);
    await expect(line).toContainText('Made on version 1 of this product');
    await openStudio(page);
    await page.getByRole('button', { name: `Unarchive ${name}` }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('In the shop');
  });

  test('two admins edit one draft: the later save is refused, nothing is lost, and the second admin chooses', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await openStudio(page);
    await page.getByRole('link', { name: 'Duplicate Heavy Cotton Tee' }).click();
    const run = Date.now().toString(36);
    const name = `Team Tee ${run}`;
    const first = `tee-copy-${run}`;
    await page.getByLabel('Product name').fill(name);
    await page.getByLabel('Web address').fill(first);
    await page.getByRole('button', { name: 'Create the copy' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // Until it is first published, the copy can move to another web address.
    const slug = `${first}-team`;
    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByLabel('Web address').fill(slug);
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(page).toHaveURL(new RegExp(`/studio/templates/${slug}$`));
    await expect(page.getByLabel('Web address')).toHaveValue(slug);

    const other = await context.newPage();
    await other.goto(`/studio/templates/${slug}`);
    await expect(other.getByRole('heading', { level: 1, name })).toBeVisible();

    await page.getByLabel('Description').fill('Changed by the first admin.');
    await expectSaved(page);
    await other.getByLabel('Brand').fill('Second Brand');
    const conflict = other.getByRole('alert').filter({ hasText: 'Someone else changed this draft' });
    await expect(conflict).toBeVisible();
    await expect(other.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();
    await expect(other.getByLabel('Brand')).toHaveValue('Second Brand');
    await shot(other, '13-conflict');
    await expectNoSeriousAccessibilityProblems(other);
    await other.getByRole('button', { name: 'Keep my version (replace theirs)' }).click();
    await expectSaved(other);
    await other.reload();
    await expect(other.getByLabel('Brand')).toHaveValue('Second Brand');

    // The first admin's next save meets the second's; they load it instead.
    await page.getByLabel('Product name').fill(`${name}, renamed`);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Someone else changed this draft' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Load their version (drop my changes)' }).click();
    await expect(page.getByLabel('Brand')).toHaveValue('Second Brand');
    await expect(page.getByLabel('Product name')).toHaveValue(name);

    // Never published, so it can be deleted outright.
    await other.close();
    await openStudio(page);
    await page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    await page.getByRole('button', { name: `Delete ${name} for good` }).click();
    await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  });
});
