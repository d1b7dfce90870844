// The production sheet read back with poppler: pages, the tech pack's figures, determinism.
import { unzipSync } from 'fflate';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newImageLayer, newTextLayer } from '../../design/defaults';
import { toteStarter } from '../../kinds/tote/seed';
import { storeSeedModels } from '../../server/models/seed-models';
import { setStorage } from '../../server/storage';
import { diskStorage } from '../../server/storage/disk';
import { assertTemplate } from '../../templates/validate';
import { buildLineBundle, lineFileNames, sheetFileName, zipFiles } from '../bundle';
import type { LineFiles } from '../line-files';
import type { LineSpec } from '../line-spec';
import { zoneKeepOuts } from '../zone-facts';
import {
  defaultDesign,
  lineSource,
  pdfImagePixels,
  poppler,
  seedTemplate,
  specDeps,
  testImage,
  withLayers,
} from '../testing/fixtures';

describe('production sheet of a pair of jeans', () => {
  const template = seedTemplate('five-pocket-jeans');
  const pocket = template.zones.find((z) => z.method === 'embroider')!;
  const patch = template.zones.find((z) => z.method === 'engrave')!;
  const design = withLayers(
    withLayers({ ...defaultDesign(template), variantId: 'w34-l32' }, pocket.id, [
      newTextLayer(pocket, 'initials', 'AL'),
    ]),
    patch.id,
    [newTextLayer(patch, 'name', 'ONEKIND')],
  );
  const source = lineSource(template, design, 2);
  let bundle: LineFiles;
  let text: string;

  beforeAll(async () => {
    bundle = await buildLineBundle(source, await specDeps());
    text = poppler(
      'pdftotext',
      ['-layout'],
      bundle.files.find((f) => f.name === sheetFileName(source))!.bytes,
    );
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
    for (const label of [
      'Front rise',
      'Back rise',
      'Hip',
      'Thigh',
      'Knee',
      'Leg opening',
      'Inseam',
      'Outseam',
    ])
      expect(text).toContain(label);
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

describe('production files of a canvas tote', () => {
  const template = assertTemplate(toteStarter());
  const [front, back] = template.zones as [(typeof template.zones)[number], (typeof template.zones)[number]];
  let bundle: LineFiles;
  let text: string;
  let spec: LineSpec;
  let source: ReturnType<typeof lineSource>;

  beforeAll(async () => {
    const photo = await testImage(1800, 1200, 'jpeg');
    const design = withLayers(
      withLayers({ ...defaultDesign(template), selection: { colour: 'black' } }, front.id, [
        newTextLayer(front, 'slogan', 'Carry\nmore'),
      ]),
      back.id,
      [newImageLayer(back, 'photo', photo.originalSha256, photo.widthPx, photo.heightPx)],
    );
    source = lineSource(template, design, 3);
    bundle = await buildLineBundle(source, await specDeps({ [photo.originalSha256]: photo }));
    text = poppler(
      'pdftotext',
      ['-layout'],
      bundle.files.find((f) => f.name === sheetFileName(source))!.bytes,
    );
    spec = JSON.parse(
      new TextDecoder().decode(bundle.files.find((f) => f.name.endsWith('_spec.json'))!.bytes),
    ) as LineSpec;
  });

  it('gives a PDF, SVG and PNG per printed panel, the spec and the sheet', () => {
    expect(bundle.files.map((f) => f.name)).toEqual(lineFileNames(source));
    for (const zone of ['front', 'back'])
      for (const ext of ['pdf', 'svg', 'png'])
        expect(bundle.files.map((f) => f.name)).toContain(`OK-TEST-0001_1_${zone}.${ext}`);
  });

  it('states the tote, its colour and both prints in the spec, clear of the hem and handle keep-outs', () => {
    expect(spec.product).toMatchObject({ slug: 'canvas-tote', kind: 'tote' });
    expect(spec.size).toEqual({ variantId: 'one-size', label: 'One size', measurements: [] });
    expect(spec.options).toEqual([
      { id: 'colour', name: 'Canvas colour', choiceId: 'black', choice: 'Black' },
    ]);
    // Centred: x is measured from the panel's centre line.
    expect(spec.zones.map((z) => [z.id, z.trim, z.placement, z.keepOuts])).toEqual([
      ['front', { widthMm: 280, heightMm: 300 }, { anchor: 'top-centre', xMm: 0, yMm: 70 }, []],
      ['back', { widthMm: 280, heightMm: 300 }, { anchor: 'top-centre', xMm: 0, yMm: 70 }, []],
    ]);
    expect(spec.zones[1]!.images).toHaveLength(1);
  });

  it('tells the maker where the handles are when a print reaches up to them', () => {
    const high = { ...front, rect: { ...front.rect, yMm: 20 } };
    expect(zoneKeepOuts(template, high, 'one-size')).toEqual([
      { xMm: -50, yMm: -20, widthMm: 380, heightMm: 30, reason: 'top hem' },
      { xMm: 52.5, yMm: -20, widthMm: 35, heightMm: 45, reason: 'handle attachment' },
      { xMm: 192.5, yMm: -20, widthMm: 35, heightMm: 45, reason: 'handle attachment' },
    ]);
  });

  it('has a cover, a 1:1 page per print and the tote tech pack without points of measure', () => {
    expect(text).toContain('Canvas Tote (Onekind Basics), template canvas-tote v1');
    expect(text).toMatch(/Size\s+One size/);
    expect(text).toMatch(/Canvas colour\s+Black/);
    expect(text).toMatch(/Front print: Print, 1:1/);
    expect(text).toMatch(/Back print: Print, 1:1/);
    expect(text).toContain('Tech pack');
    expect(text).not.toContain('points of measure');
    expect(text).toMatch(/Handle webbing\s+25 mm flat cotton webbing/);
    // The operation's name wraps in its column.
    expect(text).toMatch(/Handle ends to the outside of the\s+301 lockstitch/);
  });
});

describe('production sheet of a water bottle made from its 3D model', () => {
  const template = seedTemplate('stainless-water-bottle-750');
  const zone = template.zones[0]!;
  const finish = template.options[0]!;
  const source = lineSource(
    template,
    withLayers(
      { ...defaultDesign(template), selection: { [finish.id]: finish.choices.at(-1)!.id } },
      zone.id,
      [newTextLayer(zone, 'name', 'ADA')],
    ),
  );
  let root: string;
  let sheet: Uint8Array;
  let text: string;

  beforeAll(async () => {
    // The sheet draws the product from the stored model, as the shop stores it.
    root = mkdtempSync(path.join(tmpdir(), 'onekind-sheet-models-'));
    setStorage(diskStorage(root));
    await storeSeedModels([template]);
    const bundle = await buildLineBundle(source, await specDeps());
    sheet = bundle.files.find((f) => f.name === sheetFileName(source))!.bytes;
    text = poppler('pdftotext', ['-layout'], sheet);
  });
  afterAll(() => {
    setStorage(undefined);
    rmSync(root, { recursive: true, force: true });
  });

  it('names the model file and gives the engraving’s place on the model', () => {
    expect(text).toMatch(/3D model\s+water-bottle\.glb, sha256 09adf6af5d3bbd16\.\.\., 73 x 265 x 73 mm/);
    expect(text).toContain(
      'On the 3D model: mesh "Body", surface 229.313 x 200 mm as measured on the product, stretch 0.0 %.',
    );
    expect(text).toMatch(/Side engraving: Laser engraving, 1:1/);
  });

  it('shows the product from each view the brand saved, under its name, the same bytes each time', async () => {
    expect(text).toContain("The product from the brand's saved views");
    // The seed bottle's saved views (lib/kinds/model/seed-bottle.ts).
    for (const label of ['Front', 'Engraving', 'Cap and loop']) expect(text).toContain(label);
    const pictures = await pdfImagePixels(sheet);
    // The cover's drawing, then one picture per saved view.
    expect(pictures.filter((p) => p.width === 720 && p.height === 540)).toHaveLength(3);
    const again = await buildLineBundle(source, await specDeps());
    expect(
      Buffer.from(again.files.find((f) => f.name === sheetFileName(source))!.bytes).equals(
        Buffer.from(sheet),
      ),
    ).toBe(true);
  });
});
