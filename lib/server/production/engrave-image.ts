import 'server-only';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { engraveBits, engravedRgba, bilevelRows } from '../../render/engrave-image';
import type { EngraveImage, PrintImage } from '../../spec/types';

// The server's side of engraving an image: libvips scales the original straight to the bitmap's
// size, lib/render/engrave-image.ts turns the pixels into burn bits, and the bits are written
// once as a PNG (black on transparent, for the SVGs and the zone PNG) and as PDF mask rows.

/** Bitmaps made during a line's build, by original and size: the print files and the sheet share them. */
const made = new WeakMap<PrintImage, Map<string, Promise<PrintImage>>>();

async function engrave(image: PrintImage, widthPx: number, heightPx: number): Promise<PrintImage> {
  const { data, info } = await sharp(image.bytes, { limitInputPixels: false })
    .resize(widthPx, heightPx, { fit: 'fill' })
    .toColourspace('srgb')
    .ensureAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 4 || data.byteLength !== widthPx * heightPx * 4)
    throw new Error(`Engraving ${image.originalSha256}: expected ${widthPx} x ${heightPx} RGBA pixels`);
  const bits = engraveBits(data, widthPx, heightPx);
  const png = new Uint8Array(
    await sharp(engravedRgba(bits), { raw: { width: widthPx, height: heightPx, channels: 4 } })
      .png({ compressionLevel: 6 })
      .toBuffer(),
  );
  return {
    mimeType: 'image/png',
    bytes: png,
    widthPx,
    heightPx,
    originalSha256: image.originalSha256,
    href: `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
    bilevel: new Uint8Array(deflateSync(bilevelRows(bits, widthPx, heightPx))),
  };
}

/** An image as its burn bitmap at the given size (engraveBits), made once per image and size. */
export const sharpEngraveImage: EngraveImage = (image, { widthPx, heightPx }) => {
  let bySize = made.get(image);
  if (!bySize) made.set(image, (bySize = new Map<string, Promise<PrintImage>>()));
  const key = `${widthPx}x${heightPx}`;
  let bitmap = bySize.get(key);
  if (!bitmap) {
    bitmap = engrave(image, widthPx, heightPx);
    bySize.set(key, bitmap);
    bitmap.catch(() => bySize.delete(key));
  }
  return bitmap;
};
