import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { preparePrintImage } from './print-images';

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
});
