// The print files checked with independent tools: poppler-utils for the PDFs, sharp for PNGs.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { newImageLayer, newTextLayer } from '../design/defaults';
import type { Design } from '../design/schema';
import { bleedBox, renderZoneSvg } from '../render/zone-svg';
import type { Zone } from '../templates/schema';
import { sha256Hex } from './hash';
import { buildLineFiles, printPixelSize, SpecRefusal, type LineFiles } from './line-files';
import type { LineSpec } from './line-spec';
import { defaultDesign, lineSource, poppler, seedTemplate, specDeps, testImage, withLayers } from './testing/fixtures';
import type { PrintImage, SpecDeps, SpecFile } from './types';

const MM_PER_PT = 25.4 / 72;

function boxes(pdf: Uint8Array): Record<string, number[]> {
  const out = poppler('pdfinfo', ['-box'], pdf);
  const result: Record<string, number[]> = {};
  for (const match of out.matchAll(/^(MediaBox|CropBox|BleedBox|TrimBox|ArtBox):\s+([\d.\s-]+)$/gm)) {
    result[match[1]!] = match[2]!.trim().split(/\s+/).map((v) => Number(v) * MM_PER_PT);
  }
  return result;
}

function file(built: LineFiles, suffix: string): SpecFile {
  const found = built.files.find((f) => f.name.endsWith(suffix));
  if (!found) throw new Error(`No file ending in ${suffix} among ${built.files.map((f) => f.name).join(', ')}`);
  return found;
}

function expectBox(box: number[] | undefined, [x, y, w, h]: number[]) {
  expect(box).toBeDefined();
  const [x0, y0, x1, y1] = box!;
  // pdfinfo prints 2 decimals of a point (0.0035 mm): well inside 0.1 mm.
  expect(Math.abs(x0! - x!)).toBeLessThan(0.1);
  expect(Math.abs(y0! - y!)).toBeLessThan(0.1);
  expect(Math.abs(x1! - x0! - w!)).toBeLessThan(0.1);
  expect(Math.abs(y1! - y0! - h!)).toBeLessThan(0.1);
}

describe('print files of a phone case with text and a full-resolution image', () => {
  const template = seedTemplate('iphone-17-case');
  let image: PrintImage;
  let built: LineFiles;
  let zone: Zone;
  let design: Design;
  let deps: SpecDeps;

  beforeAll(async () => {
    zone = template.zones[0]!;
    image = await testImage(1600, 2400, 'png');
    design = withLayers(defaultDesign(template), zone.id, [
      { ...newImageLayer(zone, 'photo', image.originalSha256, image.widthPx, image.heightPx), rotationDeg: 5 },
      { ...newTextLayer(zone, 'name', 'Ada & Grace'), yMm: 120 },
    ]);
    deps = await specDeps({ [image.originalSha256]: image });
    built = await buildLineFiles(lineSource(template, design), deps);
  });

  it('names files <order>_<line>_<zone>.<ext>', () => {
    expect(built.files.map((f) => f.name)).toEqual(['OK-TEST-0001_1_back.pdf', 'OK-TEST-0001_1_back.svg', 'OK-TEST-0001_1_back.png', 'OK-TEST-0001_1_spec.json']);
  });

  it('gives the PDF page, bleed and trim boxes at the template size', () => {
    const b = boxes(file(built, '.pdf').bytes);
    const box = bleedBox(zone);
    expectBox(b.MediaBox, [0, 0, box.widthMm, box.heightMm]);
    expectBox(b.BleedBox, [0, 0, box.widthMm, box.heightMm]);
    expectBox(b.TrimBox, [zone.bleedMm, zone.bleedMm, zone.rect.widthMm, zone.rect.heightMm]);
  });

  it('has no fonts in the PDF: text is outlines', () => {
    const fonts = poppler('pdffonts', [], file(built, '.pdf').bytes).trim().split('\n');
    expect(fonts).toHaveLength(2); // the header and its underline only
  });

  it('declares sRGB: an output intent with an ICC profile in the PDF, an sRGB profile in the PNG', async () => {
    const pdf = Buffer.from(file(built, '.pdf').bytes).toString('latin1');
    expect(pdf).toMatch(/\/OutputIntents\s*\[\s*<<[^]*\/S \/GTS_PDFA1/);
    expect(pdf).toContain('(sRGB IEC61966-2.1)');
    const meta = await sharp(file(built, '.png').bytes).metadata();
    expect(meta.icc?.byteLength).toBeGreaterThan(0);
  });

  it('embeds the image at its original resolution, above the zone minimum DPI', () => {
    const rows = poppler('pdfimages', ['-list'], file(built, '.pdf').bytes).trim().split('\n').slice(2);
    const images = rows.map((row) => row.trim().split(/\s+/)).filter((cols) => cols[2] === 'image');
    expect(images).toHaveLength(1);
    const [, , , width, height, , , , , , , , xPpi, yPpi] = images[0]!;
    expect([Number(width), Number(height)]).toEqual([1600, 2400]);
    expect(Number(xPpi)).toBeGreaterThanOrEqual(zone.minImageDpi);
    expect(Number(yPpi)).toBeGreaterThanOrEqual(zone.minImageDpi);
    // The PNG's alpha travels as a soft mask.
    expect(rows.some((row) => row.includes('smask'))).toBe(true);
  });

  it('writes an SVG at the same mm size without <text>', () => {
    const svg = new TextDecoder().decode(file(built, '.svg').bytes);
    const box = bleedBox(zone);
    expect(svg).not.toMatch(/<text/);
    expect(svg).toContain(`width="${box.widthMm}mm" height="${box.heightMm}mm"`);
    expect(svg).toContain('data:image/png;base64,');
    // Exactly the renderer's SVG of the zone, with the full-resolution image inlined.
    expect(svg).toBe(renderZoneSvg(zone, design.zones[zone.id]!.layers, { fonts: deps.fonts, images: { [image.originalSha256]: { widthPx: image.widthPx, heightPx: image.heightPx, href: image.href } } }));
  });

  it('rasterises a transparent PNG at the zone print DPI', async () => {
    const meta = await sharp(file(built, '.png').bytes).metadata();
    const px = printPixelSize(zone);
    expect([meta.width, meta.height]).toEqual([px.widthPx, px.heightPx]);
    expect(px.widthPx).toBe(Math.round((bleedBox(zone).widthMm / 25.4) * 300));
    expect(meta.hasAlpha).toBe(true);
    expect(meta.density).toBe(300);
  });

  it('records every file with a matching sha256 in spec.json', async () => {
    const spec = JSON.parse(new TextDecoder().decode(file(built, '_spec.json').bytes)) as LineSpec;
    const entries = spec.zones.flatMap((z) => z.files);
    expect(entries.map((e) => e.name)).toEqual(built.files.slice(0, -1).map((f) => f.name));
    for (const entry of entries) {
      const bytes = built.files.find((f) => f.name === entry.name)!.bytes;
      expect(entry.sha256).toBe(await sha256Hex(bytes));
      expect(entry.bytes).toBe(bytes.byteLength);
    }
  });

  it('states the zone, its keep-outs, text and image facts and the price', () => {
    const z = built.spec.zones[0]!;
    expect(built.spec).toMatchObject({ specVersion: 1, units: 'mm', order: { number: 'OK-TEST-0001', line: 1, quantity: 1 } });
    expect(z).toMatchObject({ method: 'print', trim: { widthMm: 68.8, heightMm: 147.6 }, bleedMm: 2, safeInsetMm: 3 });
    expect(z.keepOuts).toEqual([expect.objectContaining({ reason: 'camera cut-out' })]);
    expect(z.texts[0]).toMatchObject({ content: 'Ada & Grace', outlined: true, font: { family: 'Inter' }, colour: { hex: '#111111' } });
    expect(z.images[0]).toMatchObject({ originalSha256: image.originalSha256, widthPx: 1600, heightPx: 2400, meetsMinimumDpi: true });
    expect(z.images[0]!.effectiveDpi).toBeGreaterThan(600);
    expect(built.spec.price.totalMinor).toBeGreaterThan(0);
  });

  it('gives byte-identical files when built again', async () => {
    const again = await buildLineFiles(lineSource(template, design), await specDeps({ [image.originalSha256]: image }));
    expect(again.files.map((f) => f.name)).toEqual(built.files.map((f) => f.name));
    for (const [index, f] of again.files.entries()) expect(Buffer.compare(Buffer.from(f.bytes), Buffer.from(built.files[index]!.bytes))).toBe(0);
  });
});

describe('jeans: engraving and embroidery', () => {
  const template = seedTemplate('five-pocket-jeans');
  const pocket = template.zones.find((z) => z.method === 'embroider')!;
  const patch = template.zones.find((z) => z.method === 'engrave')!;

  it('writes a 1:1 laser file with hairlines and an opaque PNG at the engraving DPI', async () => {
    const design = withLayers(defaultDesign(template), patch.id, [newTextLayer(patch, 'name', 'ONEKIND')]);
    const built = await buildLineFiles(lineSource(template, design), await specDeps());
    const laser = new TextDecoder().decode(file(built, '.engrave.svg').bytes);
    expect(laser).toContain(`width="${patch.rect.widthMm}mm" height="${patch.rect.heightMm}mm"`);
    expect(laser).toMatch(/<path [^>]*stroke="#000000" stroke-width="0.025"/);
    expect(laser).not.toMatch(/<text/);
    const meta = await sharp(file(built, '_patch-engraving.png').bytes).metadata();
    expect([meta.width, meta.height]).toEqual([Math.round((patch.rect.widthMm / 25.4) * 600), Math.round((patch.rect.heightMm / 25.4) * 600)]);
    expect(meta.hasAlpha).toBe(false);
    expect(built.spec.zones[0]!.engraving?.hairlineMm).toBe(0.025);
  });

  it('states letter height and thread references for embroidery', async () => {
    const design = withLayers(defaultDesign(template), pocket.id, [{ ...newTextLayer(pocket, 'initials', 'AL'), colourId: 'gold' }]);
    const built = await buildLineFiles(lineSource(template, design), await specDeps());
    const zone = built.spec.zones.find((z) => z.id === pocket.id)!;
    expect(zone.embroidery?.minLetterHeightMm).toBe(5);
    expect(zone.embroidery!.smallestLetterHeightMm).toBeGreaterThanOrEqual(5);
    expect(zone.embroidery!.threads).toEqual([{ id: 'gold', name: 'Tarnished gold', hex: '#b8862b', reference: 'Isacord 40 #0842' }]);
  });

  it('refuses embroidery letters under the minimum height', async () => {
    const design = withLayers(defaultDesign(template), pocket.id, [{ ...newTextLayer(pocket, 'initials', 'AL'), sizeMm: 5 }]);
    await expect(buildLineFiles(lineSource(template, design), await specDeps())).rejects.toThrow(SpecRefusal);
  });
});
