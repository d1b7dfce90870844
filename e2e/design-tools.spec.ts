import { expect, test } from '@playwright/test';
import { expectTotal, openProduct } from './support/configurator';
import { expectNoSeriousAccessibilityProblems } from './support/staff';

// The design tools of issue #17: shapes, the text toolkit and the glyph guard.
test.describe('design tools', () => {
  test('adds a star with the keyboard, outlines it, and is warned of a line too thin to print', async ({
    page,
  }, testInfo) => {
    await openProduct(page, 'heavy-cotton-tee');
    const total = await page.getByLabel('Total price').textContent();
    await page.getByRole('button', { name: 'Add shape' }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Shapes' });
    await expect(menu.getByRole('menuitem', { name: 'Rectangle', exact: true })).toBeFocused();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Star' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();

    const layers = page.getByRole('list', { name: 'Layers' });
    await expect(layers.getByRole('button', { name: 'Star', exact: true })).toBeVisible();
    await expect(page.getByLabel('Shape')).toHaveValue('star');
    // The brand sets no per-shape price on the tee: the total is unchanged.
    await expectTotal(page, total ?? '');

    await page.getByRole('group', { name: 'Outline' }).getByRole('radio').nth(1).check();
    await page.getByLabel('Outline width (mm)').fill('0.1');
    await expect(page.getByText(/This outline is 0\.1 mm wide; print needs at least 0\.25 mm/)).toBeVisible();
    await page.getByLabel('Outline width (mm)').fill('2');
    await expect(page.getByText(/This outline is/)).toBeHidden();

    // Drawn by the zone renderer: a filled, stroked path in the layout editor.
    const editor = page.getByRole('application', { name: /^Layout editor for Front print/ });
    await expect(editor.locator('path[stroke-width="2"]')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath('shape-star.png'), fullPage: false });
    // The shape's fields, with the menu open too: labelled, with enough contrast.
    await expectNoSeriousAccessibilityProblems(page);

    await page.getByRole('button', { name: 'Add shape' }).click();
    await page.getByRole('menuitem', { name: 'Heart' }).click();
    await expect(layers.getByRole('button', { name: 'Heart', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Add shape' }).click();
    await expect(page.getByRole('menuitem', { name: 'Line' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('shape-menu.png') });
    await expectNoSeriousAccessibilityProblems(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Add shape' })).toBeFocused();
  });

  test('text toolkit: the glyph guard, an outline, text on a circle and shrink to fit; the server refuses what the font cannot draw', async ({
    page,
  }, testInfo) => {
    await openProduct(page, 'heavy-cotton-tee');
    await page.getByRole('button', { name: 'Add text' }).click();
    const text = page.getByLabel('Text', { exact: true });
    await text.focus();
    await page.keyboard.type('Hi');
    // Once the zone's font has loaded (the text is drawn), typing is guarded.
    const editor = page.getByRole('application', { name: /^Layout editor for Front print/ });
    await expect(editor.locator('path[d]').first()).toBeVisible();
    await page.keyboard.type(' 😀 there');
    await expect(text).toHaveValue('Hi  there');
    await expect(
      page.getByRole('alert').filter({ hasText: 'This font cannot write “😀”, so it was left out.' }),
    ).toBeVisible();
    await text.fill('Summer camp');

    await page.getByRole('group', { name: 'Outline' }).getByRole('radio').nth(1).check();
    await page.getByLabel('Outline width (mm)').fill('0.8');
    await page.getByLabel('Text on a circle').check();
    await page.getByLabel('Circle radius (mm)').fill('90');
    await expect(editor.locator('path[stroke-width="0.8"]')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath('text-arc-outline.png') });
    await expectNoSeriousAccessibilityProblems(page);
    await page.getByRole('radio', { name: 'Along the bottom' }).check();
    await page.getByLabel('Text on a circle').uncheck();

    await page.getByLabel('Shrink to fit a box').check();
    await page.getByLabel('Box width (mm)').fill('60');
    await expect(page.getByText(/^Shrunk to [\d.]+ mm to fit\.$/)).toBeVisible();
    await page.getByLabel('Smallest size (mm)').fill('20');
    await expect(page.getByText(/^Does not fit, even at the smallest size \(20 mm\)\.$/)).toBeVisible();
    await expect(page.getByText(/This text does not fit its 60 × \d+ mm box/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('text-fit.png') });
    await expectNoSeriousAccessibilityProblems(page);
    await page.getByLabel('Smallest size (mm)').fill('3');

    // The server runs the same checks: the saved design, with an emoji put back, is refused.
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/products/')),
      page.getByRole('button', { name: 'Save and share' }).click(),
    ]);
    await expect(page.getByRole('status').getByRole('link')).toBeVisible();
    // A server action's body: its arguments as JSON (plain objects only, as here).
    type Saved = {
      templateVersionId: string;
      design: { zones: Record<string, { layers: Array<{ text?: string }> }> };
    };
    const saved = (JSON.parse(request.postData() ?? '[]') as Saved[])[0]!;
    const layer = saved.design.zones.front?.layers[0];
    expect(layer?.text).toBe('Summer camp');
    if (layer) layer.text = 'Summer 😀';
    const { templateVersionId, design } = saved;
    const refused = await page.request.post('/api/designs', { data: { templateVersionId, design } });
    expect(refused.status()).toBe(422);
    expect(await refused.text()).toContain('unsupported-characters');
  });
});
