// The print files checked with independent tools: poppler-utils for the PDFs, sharp for PNGs.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { newImageLayer, newTextLayer } from '../design/defaults';
import type { Design } from '../design/schema';
import { ENGRAVED_IMAGE_MAPPING } from '../render/engrave-image';
import { bleedBox, renderZoneSvg } from '../render/zone-svg';
import type { Zone } from '../templates/schema';
import { sha256Hex } from './hash';
import { buildLineFiles, printPixelSize, SpecRefusal, type LineFiles } from './line-files';
import type { LineSpec } from './line-spec';
import { buildLineBundle } from './bundle';
import {
  defaultDesign,
  lineSource,
  logoImage,
  pdfImagePixels,
  poppler,
  seedTemplate,
  specDeps,
  testImage,
  withLayers,
} from './testing/fixtures';
import type { PrintImage, SpecDeps, SpecFile } from './types';

const MM_PER_PT = 25.4 / 72;

function boxes(pdf: Uint8Array): Record<string, number[]> {
  const out = poppler('pdfinfo', ['-box'], pdf);
  const result: Record<string, number[]> = {};
  for (const match of out.matchAll(/^(MediaBox|CropBox|BleedBox|TrimBox|ArtBox):\s+([\d.\s-]+)$/gm)) {
    result[match[1]!] = match[2]!
      .trim()
      .split(/\s+/)
      .map((v) => Number(v) * MM_PER_PT);
  }
  return result;
}

/** pdfimages -list rows, split into columns (page, num, type, width, height, color, comp, bpc, ...). */
function pdfImageRows(pdf: Uint8Array): string[][] {
  return poppler('pdfimages', ['-list'], pdf)
    .trim()
    .split('\n')
    .slice(2)
    .map((row) => row.trim().split(/\s+/));
}

function file(built: LineFiles, suffix: string): SpecFile {
  const found = built.files.find((f) => f.name.endsWith(suffix));
  if (!found)
    throw new Error(`No file ending in ${suffix} among ${built.files.map((f) => f.name).join(', ')}`);
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
      {
        ...newImageLayer(zone, 'photo', image.originalSha256, image.widthPx, image.heightPx),
        rotationDeg: 5,
      },
      { ...newTextLayer(zone, 'name', 'Ada & Grace'), yMm: 120 },
    ]);
    deps = await specDeps({ [image.originalSha256]: image });
    built = await buildLineFiles(lineSource(template, design), deps);
  });

  it('names files <order>_<line>_<zone>.<ext>', () => {
    expect(built.files.map((f) => f.name)).toEqual([
      'OK-TEST-0001_1_back.pdf',
      'OK-TEST-0001_1_back.svg',
      'OK-TEST-0001_1_back.png',
      'OK-TEST-0001_1_spec.json',
    ]);
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
    expect(svg).toBe(
      renderZoneSvg(zone, design.zones[zone.id]!.layers, {
        fonts: deps.fonts,
        images: {
          [image.originalSha256]: { widthPx: image.widthPx, heightPx: image.heightPx, href: image.href },
        },
      }),
    );
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
    expect(built.spec).toMatchObject({
      specVersion: 2,
      units: 'mm',
      order: { number: 'OK-TEST-0001', line: 1, quantity: 1 },
    });
    expect(z).toMatchObject({
      method: 'print',
      trim: { widthMm: 68.8, heightMm: 147.6 },
      bleedMm: 2,
      safeInsetMm: 3,
    });
    expect(z.keepOuts).toEqual([expect.objectContaining({ reason: 'camera cut-out' })]);
    expect(z.texts[0]).toMatchObject({
      content: 'Ada & Grace',
      outlined: true,
      font: { family: 'Inter' },
      colour: { hex: '#111111' },
    });
    expect(z.images[0]).toMatchObject({
      originalSha256: image.originalSha256,
      widthPx: 1600,
      heightPx: 2400,
      meetsMinimumDpi: true,
    });
    expect(z.images[0]!.effectiveDpi).toBeGreaterThan(600);
    expect(built.spec.price.totalMinor).toBeGreaterThan(0);
  });

  it('gives byte-identical files when built again', async () => {
    const again = await buildLineFiles(
      lineSource(template, design),
      await specDeps({ [image.originalSha256]: image }),
    );
    expect(again.files.map((f) => f.name)).toEqual(built.files.map((f) => f.name));
    for (const [index, f] of again.files.entries())
      expect(Buffer.compare(Buffer.from(f.bytes), Buffer.from(built.files[index]!.bytes))).toBe(0);
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
    expect([meta.width, meta.height]).toEqual([
      Math.round((patch.rect.widthMm / 25.4) * 600),
      Math.round((patch.rect.heightMm / 25.4) * 600),
    ]);
    expect(meta.hasAlpha).toBe(false);
    expect(built.spec.zones[0]!.engraving?.hairlineMm).toBe(0.025);
  });

  it('engraves text in the burn colour in every file, whatever colour the zone names', async () => {
    // The patch's one colour is "Laser burn" (#4a2e1a), a preview tint: a laser burns or not.
    const design = withLayers(defaultDesign(template), patch.id, [
      { ...newTextLayer(patch, 'name', 'ONEKIND'), sizeMm: 12 },
    ]);
    const built = await buildLineFiles(lineSource(template, design), await specDeps());
    const { data, info } = await sharp(file(built, '_patch-engraving.png').bytes)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const values = new Set<string>();
    for (let i = 0; i < data.length; i += info.channels)
      values.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    expect(values.has('0,0,0')).toBe(true);
    expect(values.has('74,46,26')).toBe(false);
    const svg = new TextDecoder().decode(file(built, '_patch-engraving.svg').bytes);
    expect(svg).not.toContain('#4a2e1a');
    expect(svg).toContain('fill="#000000"');
  });

  it('states letter height and thread references for embroidery', async () => {
    const design = withLayers(defaultDesign(template), pocket.id, [
      { ...newTextLayer(pocket, 'initials', 'AL'), colourId: 'gold' },
    ]);
    const built = await buildLineFiles(lineSource(template, design), await specDeps());
    const zone = built.spec.zones.find((z) => z.id === pocket.id)!;
    expect(zone.embroidery?.minLetterHeightMm).toBe(5);
    expect(zone.embroidery!.smallestLetterHeightMm).toBeGreaterThanOrEqual(5);
    expect(zone.embroidery!.threads).toEqual([
      { id: 'gold', name: 'Tarnished gold', hex: '#b8862b', reference: 'Isacord 40 #0842' },
    ]);
  });

  it('refuses embroidery letters under the minimum height', async () => {
    const design = withLayers(defaultDesign(template), pocket.id, [
      { ...newTextLayer(pocket, 'initials', 'AL'), sizeMm: 5 },
    ]);
    await expect(buildLineFiles(lineSource(template, design), await specDeps())).rejects.toThrow(SpecRefusal);
  });
});

// Issue #13: an image in an engraving zone. The laser burns or it does not, so every file shows
// the image as the same 1-bit bitmap (engraveBits), black where it burns.
describe('jeans: an image on the engraved leather patch', () => {
  const template = seedTemplate('five-pocket-jeans');
  const patch = template.zones.find((z) => z.method === 'engrave')!;
  let logo: PrintImage;
  let built: LineFiles;
  let deps: SpecDeps;
  let design: Design;

  /** The images of an SVG's data: URLs, as RGBA pixels. */
  async function svgImages(svg: string) {
    const urls = [...svg.matchAll(/href="data:image\/png;base64,([^"]+)"/g)].map((m) =>
      Buffer.from(m[1]!, 'base64'),
    );
    return Promise.all(
      urls.map((png) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })),
    );
  }

  /** Distinct RGBA values of a raw RGBA buffer, as "r,g,b,a" (every transparent pixel as "clear"). */
  function rgbaValues(data: Buffer): Set<string> {
    const seen = new Set<string>();
    for (let i = 0; i < data.length; i += 4)
      seen.add(data[i + 3] === 0 ? 'clear' : `${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
    return seen;
  }

  beforeAll(async () => {
    logo = await logoImage(1200, 600);
    // One unrotated image, the zone's only (so bottom) layer, 24 x 12 mm: the order of the issue.
    const layer = {
      ...newImageLayer(patch, 'logo', logo.originalSha256, logo.widthPx, logo.heightPx),
      widthMm: 24,
    };
    design = withLayers(defaultDesign(template), patch.id, [layer]);
    deps = await specDeps({ [logo.originalSha256]: logo });
    built = await buildLineFiles(lineSource(template, design), deps);
  });

  it('rasterises the whole zone as spec.json says, with the image burnt where it is dark', async () => {
    const spec = JSON.parse(new TextDecoder().decode(file(built, '_spec.json').bytes)) as LineSpec;
    const entry = spec.zones[0]!.files.find((f) => f.kind === 'png')!;
    const { data, info } = await sharp(file(built, '_patch-engraving.png').bytes)
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([entry.widthPx, entry.heightPx]);
    expect([info.width, info.height]).toEqual([1668, 917]);
    // Only black (burn) and white (leave), and black only inside the image's placed box.
    const px = printPixelSize(patch);
    const box = {
      x0: Math.round(((patch.rect.widthMm / 2 - 12) / patch.rect.widthMm) * px.widthPx),
      x1: Math.round(((patch.rect.widthMm / 2 + 12) / patch.rect.widthMm) * px.widthPx),
    };
    const y = (yMm: number) => Math.round((yMm / patch.rect.heightMm) * px.heightPx);
    let outside = 0;
    let grey = 0;
    const darkShare = (x0: number, x1: number, y0: number, y1: number) => {
      let dark = 0;
      for (let yy = y0; yy < y1; yy++)
        for (let x = x0; x < x1; x++) dark += data[(yy * info.width + x) * info.channels] === 0 ? 1 : 0;
      return dark / ((x1 - x0) * (y1 - y0));
    };
    for (let i = 0; i < data.length; i += info.channels) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (!(r === g && g === b && (r === 0 || r === 255))) grey += 1;
      const x = (i / info.channels) % info.width;
      if (r === 0 && (x < box.x0 - 1 || x > box.x1 + 1)) outside += 1;
    }
    expect(grey).toBe(0);
    expect(outside).toBe(0);
    // The teal square (left 2/5 of the logo) burns about 1 - its luma (0.39) of its pixels;
    // the transparent gap between square and disc burns none.
    const mm = (v: number) => Math.round((v / patch.rect.widthMm) * px.widthPx);
    const left = patch.rect.widthMm / 2 - 12;
    const [top, bottom] = [y(patch.rect.heightMm / 2 - 6 + 1.5), y(patch.rect.heightMm / 2 + 6 - 1.5)];
    expect(darkShare(mm(left + 1.5), mm(left + 10.5), top, bottom)).toBeCloseTo(
      1 - (0.7152 + 0.0722) * (128 / 255),
      1,
    );
    expect(darkShare(mm(left + 11), mm(left + 12.9), top, bottom)).toBe(0);
  });

  it('embeds the burn bitmap, black or transparent, in the laser SVG and the zone SVG', async () => {
    for (const suffix of ['.engrave.svg', '_patch-engraving.svg']) {
      const svg = new TextDecoder().decode(file(built, suffix).bytes);
      expect(svg).not.toContain(logo.href.slice(0, 200));
      const images = await svgImages(svg);
      expect(images).toHaveLength(1);
      const { data, info } = images[0]!;
      expect([info.width, info.height]).toEqual([567, 284]);
      expect(rgbaValues(data)).toEqual(new Set(['0,0,0,255', 'clear']));
    }
    const laser = new TextDecoder().decode(file(built, '.engrave.svg').bytes);
    expect(new Set([...laser.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/gi)].map((m) => m[1]))).toEqual(
      new Set(['#ff0000']),
    );
  });

  it('puts the same bits into the zone PDF as a 1-bit black and white image, white masked out', async () => {
    const pdf = file(built, '_patch-engraving.pdf').bytes;
    // type, width, height, colour, components, bits per component
    expect(pdfImageRows(pdf).map((cols) => cols.slice(2, 8))).toEqual([
      ['image', '567', '284', 'gray', '1', '1'],
    ]);
    const images = await pdfImagePixels(pdf);
    expect(images).toHaveLength(1);
    const { data, width, height, channels } = images[0]!;
    expect([width, height]).toEqual([567, 284]);
    expect(new Set(data)).toEqual(new Set([0, 255]));
    // Black where the SVG's bitmap is black (burn), white where it is transparent.
    const svgBitmap = (await svgImages(new TextDecoder().decode(file(built, '.engrave.svg').bytes)))[0]!.data;
    let differ = 0;
    for (let i = 0; i < width * height; i++)
      if ((data[i * channels] === 0) !== (svgBitmap[i * 4 + 3] === 255)) differ += 1;
    expect(differ).toBe(0);
  });

  it('states the mapping in spec.json and draws the bitmap on the production sheet', async () => {
    expect(built.spec.zones[0]!.engraving).toMatchObject({ imageMapping: ENGRAVED_IMAGE_MAPPING });
    expect(ENGRAVED_IMAGE_MAPPING).toMatch(/Rec\. 709.*Floyd-Steinberg/);
    const bundle = await buildLineBundle(lineSource(template, design), deps);
    const sheet = bundle.files.find((f) => f.name.endsWith('_production-sheet.pdf'))!.bytes;
    // The product picture, then the bitmap on the cover and on the 1:1 page (1-bit grey): no colour logo.
    expect(pdfImageRows(sheet).map((cols) => cols.slice(2, 5))).toEqual([
      ['image', '900', expect.any(String)],
      ['image', '567', '284'],
      ['image', '567', '284'],
    ]);
  });

  it('gives byte-identical files when built again', async () => {
    const again = await buildLineFiles(
      lineSource(template, design),
      await specDeps({ [logo.originalSha256]: await logoImage(1200, 600) }),
    );
    expect(again.files.map((f) => f.name)).toEqual(built.files.map((f) => f.name));
    for (const [index, f] of again.files.entries())
      expect(Buffer.compare(Buffer.from(f.bytes), Buffer.from(built.files[index]!.bytes)), f.name).toBe(0);
  });

  it('keeps a turned image over text black and white, at the full zone size', async () => {
    const turned = withLayers(defaultDesign(template), patch.id, [
      { ...newTextLayer(patch, 'name', 'ONEKIND'), yMm: 30 },
      {
        ...newImageLayer(patch, 'logo', logo.originalSha256, logo.widthPx, logo.heightPx),
        widthMm: 30,
        rotationDeg: 30,
      },
    ]);
    const b = await buildLineFiles(lineSource(template, turned), deps);
    const { data, info } = await sharp(file(b, '_patch-engraving.png').bytes)
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1668, 917]);
    // Away from the text (its top is 30 mm down), the image's pixels are black or white only.
    const rows = Math.round((25 / patch.rect.heightMm) * info.height);
    const values = new Set<string>();
    for (let i = 0; i < rows * info.width * info.channels; i += info.channels)
      values.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    expect(values).toEqual(new Set(['0,0,0', '255,255,255']));
  });
});
