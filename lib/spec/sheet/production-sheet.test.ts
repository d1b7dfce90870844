// The production sheet read back with poppler: pages, the tech pack's figures, determinism.
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { newTextLayer } from '../../design/defaults';
import { buildLineBundle, lineFileNames, sheetFileName, zipFiles } from '../bundle';
import type { LineFiles } from '../line-files';
import { defaultDesign, lineSource, poppler, seedTemplate, specDeps, withLayers } from '../testing/fixtures';

describe('production sheet of a pair of jeans', () => {
  const template = seedTemplate('five-pocket-jeans');
  const pocket = template.zones.find((z) => z.method === 'embroider')!;
  const patch = template.zones.find((z) => z.method === 'engrave')!;
  const design = withLayers(withLayers({ ...defaultDesign(template), variantId: 'w34-l32' }, pocket.id, [newTextLayer(pocket, 'initials', 'AL')]), patch.id, [newTextLayer(patch, 'name', 'ONEKIND')]);
  const source = lineSource(template, design, 2);
  let bundle: LineFiles;
  let text: string;

  beforeAll(async () => {
    bundle = await buildLineBundle(source, await specDeps());
    text = poppler('pdftotext', ['-layout'], bundle.files.find((f) => f.name === sheetFileName(source))!.bytes);
  });

  it('has a cover, a 1:1 page per zone, the spec and the tech pack pages', () => {
    const sheet = bundle.files.at(-1)!;
    expect(sheet.name).toBe('OK-TEST-0001_1_production-sheet.pdf');
    expect(bundle.files.map((f) => f.name)).toEqual(lineFileNames(source));
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [], sheet.bytes))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(text).toContain('Production sheet OK-TEST-0001 / line 1');
    expect(text).toContain('W34 L32');
    expect(text).toMatch(/Back pocket embroidery: Embroidery, 1:1/);
    expect(text).toMatch(/Leather patch engraving: Laser engraving, 1:1/);
  });

  it('lists the points of measure of the ordered size in cm and inches with tolerance and grade', () => {
    expect(text).toContain('Tech pack: points of measure, size W34 L32');
    // W34 waist: 32.5 + 2 x 1 in = 34.5 in = 87.6 cm, tolerance 1/2 in, grade 1 in.
    expect(text).toMatch(/Waist\s.*87\.6\s+34\.5\s+1\.3 \(0\.5\)\s+2\.5 \(1\) per waist size/);
    for (const label of ['Front rise', 'Back rise', 'Hip', 'Thigh', 'Knee', 'Leg opening', 'Inseam', 'Outseam']) expect(text).toContain(label);
  });

  it('has the bill of materials and the sewing operations with stitch class and SPI', () => {
    expect(text).toMatch(/Denim\s+12\.5 oz\/yd/);
    expect(text).toContain('Rivets');
    expect(text).toMatch(/Inseam \(felled, feed-off-the-arm\)\s+401 two-thread chainstitch/);
    expect(text).toContain('Isacord 40');
  });

  it('zips every file under the order folder, identically each time', async () => {
    const zip = zipFiles('OK-TEST-0001', bundle.files);
    const again = zipFiles('OK-TEST-0001', (await buildLineBundle(source, await specDeps())).files);
    expect(Buffer.compare(Buffer.from(zip), Buffer.from(again))).toBe(0);
    expect(Object.keys(unzipSync(zip))).toEqual(bundle.files.map((f) => `OK-TEST-0001/${f.name}`));
  });
});
