import 'server-only';
import sharp from 'sharp';
import { lookKey, maskKey } from '../../render/image-look';
import { applyLook, maskPixels, type Pixels } from '../../render/image-pixels';
import type { LookImage, PrintImage } from '../../spec/types';
import { pdfPixels } from './print-images';

// The server's side of image tools: libvips decodes the print image to RGBA, the shared pure
// function (lib/render/image-pixels.ts, which the preview runs too) crops, turns, flips,
// filters and masks it, and the result is written once as a PNG with its PDF planes.

/** Looked images made during a line's build, by original and look: the files and the sheet share them. */
const made = new WeakMap<PrintImage, Map<string, Promise<PrintImage>>>();

async function lookedImage(
  image: PrintImage,
  look: Parameters<LookImage>[1],
  masked: Parameters<LookImage>[2],
): Promise<PrintImage> {
  const { data, info } = await sharp(image.bytes, { limitInputPixels: false })
    .toColourspace('srgb')
    .ensureAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 4 || data.byteLength !== info.width * info.height * 4)
    throw new Error(`Image tools on ${image.originalSha256}: expected RGBA pixels`);
  const rgba = new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  const pixels: Pixels = look
    ? applyLook(rgba, info.width, info.height, look)
    : { data: rgba, width: info.width, height: info.height };
  if (masked) maskPixels(pixels, masked.mask, masked.widthMm, masked.heightMm);
  const png = new Uint8Array(
    await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 4 } })
      .png({ compressionLevel: 6 })
      .toBuffer(),
  );
  return {
    mimeType: 'image/png',
    bytes: png,
    widthPx: pixels.width,
    heightPx: pixels.height,
    originalSha256: image.originalSha256,
    href: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
    pdfPixels: await pdfPixels(png),
  };
}

/** A print image with its look and mask applied (lib/render/image-pixels.ts), made once per image and look. */
export const sharpLookImage: LookImage = (image, look, masked) => {
  let byLook = made.get(image);
  if (!byLook) made.set(image, (byLook = new Map<string, Promise<PrintImage>>()));
  const key = `${look ? lookKey(look) : 'plain'} ${masked ? maskKey(masked.mask, masked.widthMm, masked.heightMm) : 'unmasked'}`;
  let result = byLook.get(key);
  if (!result) {
    result = lookedImage(image, look, masked);
    byLook.set(key, result);
    result.catch(() => byLook.delete(key));
  }
  return result;
};
