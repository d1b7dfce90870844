import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { addText, openProduct } from './support/configurator';

// Layer handling of issue #17 in the shopper's configurator: order, duplicate, lock, align,
// multi-select, snapping guides, all by keyboard as well as by pointer.
test.describe('layer handling', () => {
  test('orders, duplicates, locks, aligns and moves two layers together; undo restores', async ({ page }) => {
    test.slow();
    await openProduct(page, 'heavy-cotton-tee');
    await addText(page, 'Alpha');
    await addText(page, 'Beta');
    const list = page.getByRole('list', { name: 'Layers' });
    const order = () =>
      list
        .getByRole('listitem')
        .evaluateAll((items) => items.map((i) => i.querySelector('button')?.textContent));
    await expect.poll(order).toEqual(['Text “Beta”', 'Text “Alpha”']);

    const editor = page.getByRole('application', { name: /^Layout editor for Front print/ });
    const status = page.getByText(/\(layer \d+ of \d+\) at /);
    const position = async () => {
      const [, x, y] = /at ([\d.]+) mm, ([\d.]+) mm/.exec((await status.textContent()) ?? '') ?? [];
      return { x: Number(x), y: Number(y) };
    };

    // Order with keys: [ sends Beta backward, ] brings it forward, Ctrl+[ sends it to the back.
    await editor.focus();
    await page.keyboard.press('[');
    await expect.poll(order).toEqual(['Text “Alpha”', 'Text “Beta”']);
    await page.keyboard.press(']');
    await expect.poll(order).toEqual(['Text “Beta”', 'Text “Alpha”']);
    await page.keyboard.press('Control+[');
    await expect.poll(order).toEqual(['Text “Alpha”', 'Text “Beta”']);
    await expect(status).toContainText('Text “Beta” (layer 1 of 2)');

    // Duplicate: the copy sits just above Beta and is selected.
    await page.keyboard.press('Control+d');
    await expect.poll(order).toEqual(['Text “Alpha”', 'Text “Beta”', 'Text “Beta”']);
    await expect(status).toContainText('Text “Beta” (layer 2 of 3)');

    // Lock the copy: arrow keys leave it where it is until it is unlocked.
    await page.keyboard.press('Control+l');
    await expect(list.getByRole('button', { name: 'Lock Text “Beta”' }).first()).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(status).toContainText('Locked.');
    // Its fields are read-only too, until it is unlocked.
    await expect(page.getByLabel('Text', { exact: true })).toBeDisabled();
    await expect(page.getByText('This layer is locked: unlock it (Ctrl+L) to change it.')).toBeVisible();
    await editor.screenshot({ path: '/tmp/kernel-locked.png' });
    const locked = await position();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+l');
    await expect(status).not.toContainText('Locked.');
    await expect(page.getByLabel('Text', { exact: true })).toBeEnabled();
    await page.keyboard.press('ArrowRight');
    await expect.poll(position).toEqual({ x: locked.x + 1, y: locked.y });

    // Align: Alpha moved 10 mm off centre comes back to the zone's centre line.
    await list.getByRole('button', { name: 'Text “Alpha”', exact: true }).click();
    const centred = await position();
    await editor.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(position).toEqual({ x: centred.x + 10, y: centred.y });
    await page.getByRole('button', { name: 'Align centre (horizontally)' }).click();
    await expect.poll(position).toEqual(centred);

    // Multi-select Alpha and Beta (Shift+click) and move both with one key press.
    await list
      .getByRole('button', { name: 'Text “Beta”', exact: true })
      .last()
      .click({ modifiers: ['Shift'] });
    await expect(status).toContainText('2 layers selected.');
    await expect(status).toContainText('Text “Beta” (layer 1 of 3)');
    const beta = await position();
    await editor.focus();
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(position).toEqual({ x: beta.x, y: beta.y + 10 });
    await list.getByRole('button', { name: 'Text “Alpha”', exact: true }).click();
    await expect.poll(position).toEqual({ x: centred.x, y: centred.y + 10 });

    // Undo takes the joint move back in one step.
    await page.keyboard.press('Control+z');
    await expect.poll(position).toEqual(centred);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(position).toEqual({ x: centred.x, y: centred.y + 10 });

    // The controls are named and the help is there.
    await page.getByText('Keyboard shortcuts').click();
    await expect(page.getByText('Bring to front, send to back')).toBeVisible();
    const panel = page.getByRole('region', { name: 'Personalize: Front print' });
    await panel.screenshot({ path: '/tmp/kernel-layer-list.png' });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test('shows snapping guides while a layer is dragged', async ({ page }) => {
    test.slow();
    await openProduct(page, 'heavy-cotton-tee');
    await addText(page, 'Snap');
    const editor = page.getByRole('application', { name: /^Layout editor for Front print/ });
    const status = page.getByText(/\(layer 1 of 1\) at /);
    const position = async () => {
      const [, px, py] = /at ([\d.]+) mm, ([\d.]+) mm/.exec((await status.textContent()) ?? '') ?? [];
      return { x: Number(px), y: Number(py) };
    };
    const start = await position();
    const hit = editor.locator('polygon[data-layer-id]');
    await expect(hit).toHaveCount(1);
    const box = (await hit.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    // Straight down, a little off: the centre stays on the zone's vertical centre line.
    await page.mouse.move(x + 2, y + 40, { steps: 6 });
    await expect(editor.locator('[data-guide="vertical"]')).toHaveCount(1);
    await editor.screenshot({ path: '/tmp/kernel-snap-guide.png' });
    await page.mouse.up();
    await expect(editor.locator('[data-guide]')).toHaveCount(0);
    // Snapped onto the centre line across, moved down.
    await expect.poll(async () => (await position()).x).toBe(start.x);
    expect((await position()).y).toBeGreaterThan(start.y + 5);
  });

  test('Shift+click on the canvas selects two layers and one drag moves both', async ({ page }) => {
    test.slow();
    await openProduct(page, 'heavy-cotton-tee');
    await addText(page, 'One');
    await addText(page, 'Two');
    const editor = page.getByRole('application', { name: /^Layout editor for Front print/ });
    const status = page.getByText(/\(layer \d+ of 2\) at /);
    const position = async () => {
      const [, x, y] = /at ([\d.]+) mm, ([\d.]+) mm/.exec((await status.textContent()) ?? '') ?? [];
      return { x: Number(x), y: Number(y) };
    };
    // Two sits on One: move it 60 mm down so each can be clicked.
    await editor.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowDown');
    const two = await position();
    const centre = async (id: string) => {
      const b = (await editor.locator(`polygon[data-layer-id="${id}"]`).boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const one = await centre('l1');
    await page.mouse.click(one.x, one.y);
    await expect(status).toContainText('Text “One”');
    const at = await centre('l2');
    await page.keyboard.down('Shift');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.up('Shift');
    await expect(status).toContainText('2 layers selected.');
    await expect(editor.locator('[data-selection]')).toHaveCount(2);
    await editor.screenshot({ path: '/tmp/kernel-multi.png' });

    // Drag One 50 px right: Two goes along.
    await page.mouse.move(one.x, one.y);
    await page.mouse.down();
    await page.mouse.move(one.x + 50, one.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await position()).x).toBeGreaterThan(two.x + 5);
    expect((await position()).y).toBe(two.y);
  });
});
