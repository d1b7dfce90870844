import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { imageLayer, textLayer, uploadId, zone } from '../../render/testing/fixtures';
import {
  elementsSvg,
  printPixelSize,
  renderZoneSvg,
  zoneElements,
  type RenderContext,
} from '../../render/zone-svg';
import { zoneArt } from '../../spec/zone-art';
import type { Zone } from '../../templates/schema';
import { sharpEngraveImage } from './engrave-image';
import type { Layer } from '../../design/schema';
import type { PrintImage } from '../../spec/types';
import { serverFontLibrary } from '../fonts';
import { preparePrintImage, sharpDrawZone, sharpRasterise } from './print-images';

// The composed PNG must be the picture librsvg draws from the same SVG: the test draws both.
const size = { widthPx: 848, heightPx: 528, dpi: 200 };
let ctx: RenderContext;
let images: Record<string, PrintImage>;

beforeAll(async () => {
  // A picture with detail everywhere (a gradient under stripes), so a misplaced image shows.
  const w = 400;
  const h = 300;
  const pixels = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 3;
      pixels[o] = Math.round((x / w) * 255);
      pixels[o + 1] = Math.round((y / h) * 255);
      pixels[o + 2] = Math.floor(x / 25) % 2 ? 230 : 40;
    }
  const png = new Uint8Array(
    await sharp(pixels, { raw: { width: w, height: h, channels: 3 } })
      .png()
      .toBuffer(),
  );
  const image = await preparePrintImage(png, uploadId);
  images = { [uploadId]: image };
  ctx = {
    fonts: await serverFontLibrary(),
    images: { [uploadId]: { widthPx: w, heightPx: h, href: image.href } },
  };
});

async function pixelsOf(png: Uint8Array) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, info };
}

async function compare(layers: Layer[], photoZonesAtOnce: number) {
  const viaSvg = await pixelsOf(
    await sharpRasterise(
      renderZoneSvg(zone, layers, ctx, { pixelWidth: size.widthPx, pixelHeight: size.heightPx }),
      size,
    ),
  );
  const composed = await pixelsOf(
    await sharpDrawZone(zone, zoneElements(zone, layers, ctx), images, { ...size, photoZonesAtOnce }),
  );
  expect([composed.info.width, composed.info.height]).toEqual([size.widthPx, size.heightPx]);
  let total = 0;
  let far = 0;
  for (let i = 0; i < viaSvg.data.length; i++) {
    const d = Math.abs(viaSvg.data[i]! - composed.data[i]!);
    total += d;
    if (d > 48) far += 1;
  }
  return { meanDifference: total / viaSvg.data.length, farShare: far / viaSvg.data.length };
}

// Alone, a photo is streamed and text laid over it by libvips; beside other photo zones the
// canvas is drawn out and blended in place: both must give librsvg's picture.
describe.each([1, 2])('sharpDrawZone with %i photo zone(s) drawn at once', (atOnce) => {
  it('draws an image and text over it as librsvg draws their SVG', async () => {
    const result = await compare(
      [
        imageLayer({ widthMm: 60, xMm: 45, yMm: 30 }),
        textLayer({ text: 'HELLO', sizeMm: 12, xMm: 50, yMm: 40 }),
      ],
      atOnce,
    );
    // Only edge pixels differ (an image edge lands on a whole pixel here, anywhere in librsvg).
    expect(result.meanDifference).toBeLessThan(1.5);
    expect(result.farShare).toBeLessThan(0.01);
  });

  it('turns an image as SVG rotate() does and cuts it at the bleed edge', async () => {
    const result = await compare(
      [
        textLayer({ text: 'UNDER', sizeMm: 10, xMm: 20, yMm: 10 }),
        imageLayer({ widthMm: 70, xMm: 85, yMm: 45, rotationDeg: 30 }),
      ],
      atOnce,
    );
    expect(result.meanDifference).toBeLessThan(1.5);
    expect(result.farShare).toBeLessThan(0.01);
  });

  it('lays text over a turned photo at the bottom, and a second photo over both', async () => {
    const result = await compare(
      [
        imageLayer({ widthMm: 80, xMm: 50, yMm: 30, rotationDeg: -12 }),
        textLayer({ text: 'OVER', sizeMm: 12, xMm: 50, yMm: 45 }),
        imageLayer({ id: 'image-2', widthMm: 30, xMm: 95, yMm: 10 }),
      ],
      atOnce,
    );
    expect(result.meanDifference).toBeLessThan(1.5);
    expect(result.farShare).toBeLessThan(0.01);
  });

  it('draws text alone exactly as librsvg draws the whole zone, rotated and cut at the bleed too', async () => {
    // Text is drawn by librsvg over just the pixels it covers: same pixels as the whole-zone raster.
    const result = await compare(
      [
        textLayer({ text: 'EDGE', sizeMm: 14, xMm: 95, yMm: 55, rotationDeg: -20 }),
        textLayer({ id: 'text-2', text: 'Middle', sizeMm: 8, xMm: 40, yMm: 20, colourId: 'red' }),
      ],
      atOnce,
    );
    expect(result.meanDifference).toBeLessThan(0.05);
    expect(result.farShare).toBe(0);
  });
});

// An engraving zone draws its images as 1-bit burn bitmaps (zone-art.ts); laid and turned by
// nearest neighbour they stay black or white, where librsvg blends their edges.
describe('sharpDrawZone in an engraving zone', () => {
  const engraving: Zone = { ...zone, method: 'engrave', printDpi: 200 };
  // The zone's own print raster, on whose grid the bitmaps are made.
  const size = { ...printPixelSize(engraving), dpi: engraving.printDpi };

  /** Mean of each 12 x 12 block's red channel: what the eye sees of a dither. */
  function blocks(data: Buffer, width: number, height: number, channels: number): number[] {
    const out: number[] = [];
    for (let by = 0; by + 12 <= height; by += 12)
      for (let bx = 0; bx + 12 <= width; bx += 12) {
        let sum = 0;
        for (let y = by; y < by + 12; y++)
          for (let x = bx; x < bx + 12; x++) sum += data[(y * width + x) * channels]!;
        out.push(sum / 144);
      }
    return out;
  }

  it.each([0, 30, 90])(
    'lays the bitmap turned %i degrees where librsvg draws it, black and white only',
    async (rotationDeg) => {
      const layers = [
        textLayer({ text: 'UNDER', sizeMm: 10, xMm: 30, yMm: 45 }),
        imageLayer({ widthMm: 50, xMm: 55, yMm: 30, rotationDeg }),
      ];
      const art = await zoneArt(engraving, zoneElements(engraving, layers, ctx), {
        images,
        engraveImage: sharpEngraveImage,
      });
      const opts = { ...size, background: '#ffffff' };
      const composed = await sharp(await sharpDrawZone(engraving, art.elements, art.images, opts))
        .raw()
        .toBuffer({ resolveWithObject: true });
      const viaSvg = await sharp(
        await sharpRasterise(
          elementsSvg(engraving, art.elements, { pixelWidth: size.widthPx, pixelHeight: size.heightPx }),
          opts,
        ),
      )
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect([composed.info.width, composed.info.height]).toEqual([size.widthPx, size.heightPx]);
      // Above the text (its top is about 40 mm down), every pixel is burnt or bare.
      const values = new Set<number>();
      for (let i = 0; i < composed.info.width * 300 * composed.info.channels; i += composed.info.channels)
        values.add(composed.data[i]!);
      expect(values).toEqual(new Set([0, 255]));
      const a = blocks(composed.data, size.widthPx, size.heightPx, composed.info.channels);
      const b = blocks(viaSvg.data, size.widthPx, size.heightPx, viaSvg.info.channels);
      const mean = a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0) / a.length;
      // About 1.5-2 from librsvg's smoothing of the dots; a turn the wrong way gives over 10.
      expect(mean).toBeLessThan(2.5);
    },
  );
});
