// The kind contract, print files: every zone of every kind's reference product (the seed
// catalogue and the canvas tote) gives page, bleed and trim boxes, PNG size and no fonts, so a
// template's own bleed and DPI (not a default) reach the files. See contract.test.ts.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newTextLayer } from '../design/defaults';
import { bleedBox } from '../render/zone-svg';
import { buildLineFiles, printPixelSize } from '../spec/line-files';
import { defaultDesign, lineSource, poppler, specDeps, withLayers } from '../spec/testing/fixtures';
import { catalogueWithStarters } from '../templates/catalogue';

const MM_PER_PT = 25.4 / 72;

describe.each(catalogueWithStarters().flatMap((t) => t.zones.map((zone) => ({ t, zone, name: `${t.slug} ${zone.id}` }))))('$name', ({ t, zone }) => {
  it('gives a PDF at the zone size with its bleed, no fonts, and a PNG at its print DPI', async () => {
    const layer = newTextLayer(zone, 'text', zone.limits.maxLines > 1 ? 'Make\nit yours' : 'MINE');
    const built = await buildLineFiles(lineSource(t, withLayers(defaultDesign(t), zone.id, [layer])), await specDeps());
    const pdf = built.files.find((f) => f.name.endsWith(`_${zone.id}.pdf`))!.bytes;
    const info = poppler('pdfinfo', ['-box'], pdf);
    const box = (name: string) => info.match(new RegExp(`^${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`, 'm'))!.slice(1).map((v) => Number(v) * MM_PER_PT);
    const bleed = bleedBox(zone);
    const [mx0, my0, mx1, my1] = box('MediaBox');
    const [bx0, , bx1] = box('BleedBox');
    const [tx0, ty0, tx1, ty1] = box('TrimBox');
    expect(Math.abs(mx1! - mx0! - bleed.widthMm)).toBeLessThan(0.1);
    expect(Math.abs(my1! - my0! - bleed.heightMm)).toBeLessThan(0.1);
    expect(Math.abs(bx1! - bx0! - bleed.widthMm)).toBeLessThan(0.1);
    expect(Math.abs(tx0! - zone.bleedMm)).toBeLessThan(0.1);
    expect(Math.abs(ty0! - zone.bleedMm)).toBeLessThan(0.1);
    expect(Math.abs(tx1! - tx0! - zone.rect.widthMm)).toBeLessThan(0.1);
    expect(Math.abs(ty1! - ty0! - zone.rect.heightMm)).toBeLessThan(0.1);
    expect(poppler('pdffonts', [], pdf).trim().split('\n')).toHaveLength(2);
    const meta = await sharp(built.files.find((f) => f.name.endsWith(`_${zone.id}.png`))!.bytes).metadata();
    const px = printPixelSize(zone);
    expect([meta.width, meta.height]).toEqual([Math.round((bleed.widthMm / 25.4) * zone.printDpi), Math.round((bleed.heightMm / 25.4) * zone.printDpi)]);
    expect([meta.width, meta.height]).toEqual([px.widthPx, px.heightPx]);
    expect(new TextDecoder().decode(built.files.find((f) => f.name.endsWith(`_${zone.id}.svg`))!.bytes)).not.toContain('<text');
  });
});
