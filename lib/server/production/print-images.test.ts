import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { zone } from '../../render/testing/fixtures';
import type { ZoneElement } from '../../render/zone-svg';
import { zonePrintPdf } from '../../spec/zone-pdf';
import { preparePrintImage } from './print-images';

/** Pixels with detail in every channel and a varying alpha, as RGBA. */
function testPixels(width: number, height: number, channels: 3 | 4): Buffer {
  const pixels = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * channels;
      pixels[o] = (x * 7 + y) % 256;
      pixels[o + 1] = (y * 5) % 256;
      pixels[o + 2] = (x ^ y) % 256;
      if (channels === 4) pixels[o + 3] = (x * 3 + y * 11) % 256;
    }
  return pixels;
}

/** The image (and soft mask) poppler finds in the PDF, as raw pixels. */
async function imagesInPdf(pdf: Uint8Array): Promise<Buffer[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'onekind-pdfimages-'));
  writeFileSync(path.join(dir, 'a.pdf'), pdf);
  execFileSync('pdfimages', ['-png', path.join(dir, 'a.pdf'), path.join(dir, 'img')]);
  // sharp reads a grey PNG as RGB unless asked for its one channel.
  return Promise.all([sharp(readFileSync(path.join(dir, 'img-000.png'))).raw().toBuffer(), sharp(readFileSync(path.join(dir, 'img-001.png'))).extractChannel(0).raw().toBuffer()]);
}

const id = 'a'.repeat(64);

describe('preparePrintImage', () => {
  it('passes a plain sRGB JPEG through byte for byte', async () => {
    const jpeg = new Uint8Array(await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } }).jpeg().toBuffer());
    const image = await preparePrintImage(jpeg, id);
    expect(image).toMatchObject({ mimeType: 'image/jpeg', widthPx: 300, heightPx: 200, originalSha256: id });
    expect(image.bytes).toBe(jpeg);
    expect(image.pdfPixels).toBeUndefined();
  });

  it('turns an EXIF-rotated JPEG upright, losslessly as PNG, at full size', async () => {
    const rotated = new Uint8Array(await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } }).withMetadata({ orientation: 6 }).jpeg().toBuffer());
    const image = await preparePrintImage(rotated, id);
    expect(image).toMatchObject({ mimeType: 'image/png', widthPx: 200, heightPx: 300 });
    const meta = await sharp(image.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 200, 300]);
    expect(image.pdfPixels?.alpha).toBeUndefined();
  });

  it('keeps a PNG with transparency as is and gives the PDF its colour and alpha planes', async () => {
    const png = new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer());
    const image = await preparePrintImage(png, id);
    expect(image.bytes).toBe(png);
    expect(image.pdfPixels?.rgb.byteLength).toBeGreaterThan(0);
    expect(image.pdfPixels?.alpha?.byteLength).toBeGreaterThan(0);
  });

  it.each([
    ['an 8-bit RGBA PNG', (png: Sharp) => png.png()],
    ['a 16-bit RGBA PNG', (png: Sharp) => png.toColourspace('rgb16').png()],
  ])('puts the exact colours and alpha of %s into the PDF (poppler reads them back)', async (_, encode) => {
    const [width, height] = [97, 61];
    const pixels = testPixels(width, height, 4);
    const png = new Uint8Array(await encode(sharp(pixels, { raw: { width, height, channels: 4 } })).toBuffer());
    const image = await preparePrintImage(png, id);
    const element: ZoneElement = { kind: 'image', layerId: 'i', uploadId: id, href: image.href, widthMm: 50, heightMm: 30, placement: { xMm: 50, yMm: 30, rotationDeg: 0 } };
    const [colour, alpha] = await imagesInPdf(await zonePrintPdf(zone, [element], { [id]: image }, 'test'));
    const rgb = Buffer.alloc(width * height * 3);
    const a = Buffer.alloc(width * height);
    for (let i = 0; i < width * height; i++) {
      pixels.copy(rgb, i * 3, i * 4, i * 4 + 3);
      a[i] = pixels[i * 4 + 3]!;
    }
    expect(colour!.equals(rgb)).toBe(true);
    expect(alpha!.equals(a)).toBe(true);
  });

  it('gives a grey PNG with transparency its own alpha as the soft mask', async () => {
    const [width, height] = [40, 20];
    const grey = Buffer.alloc(width * height * 2);
    for (let i = 0; i < width * height; i++) [grey[i * 2], grey[i * 2 + 1]] = [(i * 13) % 256, (i * 7) % 256];
    const png = new Uint8Array(await sharp(grey, { raw: { width, height, channels: 2 } }).png().toBuffer());
    const image = await preparePrintImage(png, id);
    const element: ZoneElement = { kind: 'image', layerId: 'i', uploadId: id, href: image.href, widthMm: 50, heightMm: 30, placement: { xMm: 50, yMm: 30, rotationDeg: 0 } };
    const [, alpha] = await imagesInPdf(await zonePrintPdf(zone, [element], { [id]: image }, 'test'));
    expect([...alpha!]).toEqual(Array.from({ length: width * height }, (_, i) => (i * 7) % 256));
  });
});
