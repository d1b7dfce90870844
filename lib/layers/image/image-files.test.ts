// Image tools in the print files: a cropped, flipped, circle-masked, greyscale photo on the
// tee's front and on the jeans' engraved patch, in the SVG (a clip path), the PDF (a clipping
// path, no fonts, ink inside the bleed box) and the PNG (the circle's corners empty).
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { newImageLayer } from '../../design/defaults';
import { printPixelSize } from '../../render/zone-svg';
import { buildLineFiles, type LineFiles } from '../../spec/line-files';
import {
  defaultDesign,
  lineSource,
  pdfPageRaster,
  poppler,
  seedTemplate,
  specDeps,
  testImage,
  withLayers,
} from '../../spec/testing/fixtures';
import type { PrintImage } from '../../spec/types';
import type { Zone } from '../../templates/schema';
import type { ImageLayer } from './schema';

const tools: Partial<ImageLayer> = {
  crop: { x: 0.25, y: 0, w: 0.75, h: 1 },
  flipX: true,
  mask: { shape: 'circle' },
  filter: { kind: 'greyscale' },
};

/** The file whose name ends so. */
const fileOf = (built: LineFiles, suffix: string) => built.files.find((f) => f.name.endsWith(suffix))!.bytes;

/** Every Flate stream of a PDF, inflated, as text. */
function pdfStreams(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  const out: string[] = [];
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      out.push(inflateSync(Buffer.from(text.slice(start, end), 'latin1')).toString('latin1'));
    } catch {
      // Not a Flate stream (an image's own bytes).
    }
  }
  return out;
}

/** The image box's corners and centre in pixels of a raster covering the zone's bleed box. */
function boxPoints(zone: Zone, layer: ImageLayer, heightMm: number, width: number, height: number) {
  const [sx, sy] = [
    width / (zone.rect.widthMm + 2 * zone.bleedMm),
    height / (zone.rect.heightMm + 2 * zone.bleedMm),
  ];
  const at = (dx: number, dy: number) => ({
    x: Math.round((zone.bleedMm + layer.xMm + dx) * sx),
    y: Math.round((zone.bleedMm + layer.yMm + dy) * sy),
  });
  const [w, h] = [(layer.widthMm / 2) * 0.92, (heightMm / 2) * 0.92];
  return { corners: [at(-w, -h), at(w, -h), at(-w, h), at(w, h)], centre: at(0, 0) };
}

describe('image tools on the tee front', () => {
  const template = seedTemplate('heavy-cotton-tee');
  const zone = template.zones.find((z) => z.id === 'front')!;
  let photo: PrintImage;
  let layer: ImageLayer;
  let built: LineFiles;
  // 400 x 300 px, three quarters kept: 300 x 300 px, square.
  const heightMm = () => layer.widthMm;

  beforeAll(async () => {
    photo = await testImage(400, 300);
    layer = { ...newImageLayer(zone, 'photo', photo.originalSha256, 400, 300), widthMm: 120, ...tools };
    built = await buildLineFiles(
      lineSource(template, withLayers(defaultDesign(template), zone.id, [layer])),
      await specDeps({ [photo.originalSha256]: photo }),
    );
  });

  it('clips the looked picture to the circle in the SVG', async () => {
    const svg = new TextDecoder().decode(fileOf(built, `_${zone.id}.svg`));
    expect(svg).toMatch(
      /<clipPath id="onekind-mask-photo-circle-120x120"><path d="M60 0C[^"]+Z"\/><\/clipPath>/,
    );
    expect(svg).toContain('clip-path="url(#onekind-mask-photo-circle-120x120)"');
    const href = /<image href="data:image\/png;base64,([^"]+)"/.exec(svg)![1]!;
    const meta = await sharp(Buffer.from(href, 'base64')).metadata();
    expect([meta.width, meta.height]).toEqual([300, 300]);
  });

  it('clips the PDF to the circle, with no fonts and the ink inside the bleed box', async () => {
    const pdf = fileOf(built, `_${zone.id}.pdf`);
    expect(poppler('pdffonts', [], pdf).trim().split('\n')).toHaveLength(2);
    expect(poppler('pdftotext', [], pdf).trim()).toBe('');
    const content = pdfStreams(pdf).find((s) => s.includes(' Do'))!;
    // The bleed box's clip, then the circle's (four curves, closed, W n), then the image.
    expect(content).toMatch(/re W n/);
    expect(content.match(/ c\n/g)).toHaveLength(4);
    expect(content).toMatch(/ c\nh\nW n\n[^\n]+ cm\n\/Im[-\d]+ Do/);
    const page = await pdfPageRaster(pdf, 25);
    const { corners, centre } = boxPoints(zone, layer, heightMm(), page.info.width, page.info.height);
    const px = (p: { x: number; y: number }) => [
      ...page.data.subarray((p.y * page.info.width + p.x) * 3, (p.y * page.info.width + p.x) * 3 + 3),
    ];
    for (const corner of corners) expect(px(corner)).toEqual([255, 255, 255]);
    const [r, g, b] = px(centre);
    expect(r).toBeLessThan(250);
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThanOrEqual(2);
  });

  it('leaves the circle’s corners empty in the PNG and inks its centre in grey', async () => {
    const { data, info } = await sharp(fileOf(built, `_${zone.id}.png`))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([printPixelSize(zone).widthPx, printPixelSize(zone).heightPx]);
    const { corners, centre } = boxPoints(zone, layer, heightMm(), info.width, info.height);
    const rgba = (p: { x: number; y: number }) => [
      ...data.subarray((p.y * info.width + p.x) * 4, (p.y * info.width + p.x) * 4 + 4),
    ];
    for (const corner of corners) expect(rgba(corner)[3]).toBe(0);
    const [r, g, b, a] = rgba(centre);
    expect(a).toBe(255);
    expect(r).toBe(g);
    expect(g).toBe(b);
  });
});

describe('image tools on the engraved patch', () => {
  const template = seedTemplate('five-pocket-jeans');
  const zone = template.zones.find((z) => z.method === 'engrave')!;

  it('burns the cropped, flipped, masked picture: nothing in the circle’s corners', async () => {
    const photo = await testImage(400, 300);
    const layer: ImageLayer = {
      ...newImageLayer(zone, 'photo', photo.originalSha256, 400, 300),
      widthMm: 30,
      ...tools,
      filter: { kind: 'threshold' },
    };
    const built = await buildLineFiles(
      lineSource(template, withLayers(defaultDesign(template), zone.id, [layer])),
      await specDeps({ [photo.originalSha256]: photo }),
    );
    const png = built.files.find((f) => f.name.endsWith('-engraving.png'))!.bytes;
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const { corners, centre } = boxPoints(zone, layer, 30, info.width, info.height);
    const at = (p: { x: number; y: number }) => data[(p.y * info.width + p.x) * info.channels];
    for (const corner of corners) expect(at(corner)).toBe(255);
    // The red disc of the test picture is darker than mid grey: burnt solid by the threshold.
    expect(at(centre)).toBe(0);
    const laser = new TextDecoder().decode(built.files.find((f) => f.name.endsWith('.engrave.svg'))!.bytes);
    expect(laser).toContain('<clipPath id="onekind-mask-photo-circle-30x30">');
  });
});
