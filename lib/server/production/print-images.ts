import 'server-only';
import sharp, { type Sharp } from 'sharp';
import type { DrawZone, PrintImage, Rasterise } from '../../spec/types';
import { readUploadOriginal, type UploadStore } from '../uploads';
import { composeZone } from './compose-zone';
import { pngRows } from './png-idat';
import { svgPipeline } from './svg-raster';
import { withIccChunk } from './png-icc';

// Images for print files: the shopper's original at full resolution. A plain sRGB JPEG that
// needs no rotation goes into the PDF byte for byte; anything else (WebP, PNG, CMYK, a JPEG
// with an EXIF rotation) is made upright sRGB once, losslessly as PNG.

// Level 3: near level 6's size on photos at a third of the time; the PDF is zipped stored.
const PDF_ZLIB_LEVEL = 3;

/**
 * The pixels as the PDF image (RGB) and soft mask (alpha): each written by libvips as an 8-bit
 * PNG whose rows go into the PDF as they are (png-idat.ts). Decoding, splitting the planes and
 * deflating them in JavaScript took 1.4 s for a 12-megapixel PNG.
 */
export async function pdfPixels(png: Uint8Array): Promise<NonNullable<PrintImage['pdfPixels']>> {
  // Each plane decodes the PNG itself: the two run side by side, which beat decoding once
  // and writing the planes from memory (0.93 s against 1.2-1.5 s for 12 megapixels).
  const source = () => sharp(png, { limitInputPixels: false });
  const { channels = 3, hasAlpha } = await source().metadata();
  const [colour, alpha] = await Promise.all([
    source().removeAlpha().toColourspace('srgb').png({ compressionLevel: PDF_ZLIB_LEVEL }).toBuffer(),
    hasAlpha
      ? source()
          .extractChannel((channels - 1) as 1 | 3)
          .toColourspace('b-w')
          .png({ compressionLevel: PDF_ZLIB_LEVEL })
          .toBuffer()
      : undefined,
  ]);
  const rgb = pngRows(colour);
  if (rgb.colours !== 3) throw new Error('The colour plane of a print image must be RGB');
  return alpha ? { rgb: rgb.zlib, alpha: pngRows(alpha).zlib } : { rgb: rgb.zlib };
}

/** The original's pixels, upright and sRGB, as PNG or untouched JPEG. */
export async function preparePrintImage(original: Uint8Array, originalSha256: string): Promise<PrintImage> {
  const meta = await sharp(original, { limitInputPixels: false }).metadata();
  const upright = (meta.orientation ?? 1) === 1;
  const jpeg = meta.format === 'jpeg' && upright && meta.space === 'srgb' && meta.channels === 3;
  // An 8-bit sRGB PNG without a profile is already what print needs: no re-encoding.
  const png =
    meta.format === 'png' && upright && meta.space === 'srgb' && meta.depth === 'uchar' && !meta.hasProfile;
  const bytes =
    jpeg || png
      ? original
      : new Uint8Array(
          await sharp(original, { limitInputPixels: false })
            .autoOrient()
            .toColourspace('srgb')
            .png({ compressionLevel: 6 })
            .toBuffer(),
        );
  const mimeType = jpeg ? 'image/jpeg' : 'image/png';
  const { width, height } = meta.autoOrient;
  const href = `data:${mimeType};base64,${Buffer.from(bytes).toString('base64')}`;
  const image: PrintImage = { mimeType, bytes, widthPx: width, heightPx: height, originalSha256, href };
  return jpeg ? image : { ...image, pdfPixels: await pdfPixels(bytes) };
}

/** Print images for upload ids from DATA_DIR/uploads; an id without a file throws. */
export async function loadPrintImages(
  uploadIds: string[],
  store: Pick<UploadStore, 'objects'> = {},
): Promise<Record<string, PrintImage>> {
  const entries = await Promise.all(
    [...new Set(uploadIds)].map(async (id) => {
      const original = await readUploadOriginal(id, store);
      if (!original) throw new Error(`The original of image ${id} is missing from the uploads folder`);
      return [id, await preparePrintImage(original.bytes, id)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

type PixelSize = { widthPx: number; heightPx: number };

/**
 * The picture on an opaque background. sharp flattens before it composites, so a composed
 * zone is drawn out first (engraving zones are small) and flattened as a picture of its own.
 * The pixels are read back at the size the caller asked for, never at the size sharp reports:
 * for a photo canvas (scaled, cut, then extended to the zone) sharp 0.35 reports the cut
 * image's size while it writes the whole extended canvas, and wrapping the canvas's first rows
 * at that size gave engraving zones a blank PNG the size of their photo.
 */
async function flattened(pipeline: Sharp, size: PixelSize, background: string): Promise<Sharp> {
  const data = await pipeline.ensureAlpha().raw({ depth: 'uchar' }).toBuffer();
  if (data.byteLength !== size.widthPx * size.heightPx * 4)
    throw new Error(`A ${size.widthPx} x ${size.heightPx} picture came out as ${data.byteLength} bytes`);
  return sharp(data, { raw: { width: size.widthPx, height: size.heightPx, channels: 4 } }).flatten({
    background,
  });
}

/**
 * Tagged sRGB PNG (the colours and images are sRGB, and a RIP should not guess), dpi recorded.
 * Level 1 (zlib-ng's quick deflate): 0.43 s for a 15-megapixel photo print against 0.64 s at
 * level 6, for files about a third larger; a print shop waits on the build, not the bytes.
 */
async function printPng(
  pipeline: Sharp,
  size: PixelSize & { dpi: number; background?: string },
): Promise<Buffer> {
  const png = await (size.background ? await flattened(pipeline, size, size.background) : pipeline)
    .withDensity(size.dpi)
    .png({ compressionLevel: 1 })
    .toBuffer();
  return withIccChunk(png, await srgbProfile());
}

/** Rasterises with librsvg (through sharp) at exactly the requested pixel size. */
export const sharpRasterise: Rasterise = async (svg, { widthPx, heightPx, dpi, background, format }) => {
  const pipeline = await svgPipeline(svg, widthPx, heightPx);
  if (format !== 'jpeg')
    return new Uint8Array(await printPng(pipeline, { widthPx, heightPx, dpi, background }));
  if (!background) throw new Error('A JPEG needs a background colour');
  // 4:4:4 keeps thin coloured lines of product drawings crisp.
  return new Uint8Array(
    await pipeline
      .flatten({ background })
      .withDensity(dpi)
      .jpeg({ quality: 92, chromaSubsampling: '4:4:4' })
      .toBuffer(),
  );
};

/**
 * A zone's print PNG, composed from its elements (compose-zone.ts): the same picture librsvg
 * draws of the zone's SVG, without librsvg drawing full-resolution photos (2.5 s each).
 */
export const sharpDrawZone: DrawZone = async (
  zone,
  elements,
  images,
  { widthPx, heightPx, dpi, background, photoZonesAtOnce },
) =>
  new Uint8Array(
    await printPng(await composeZone(zone, elements, images, { widthPx, heightPx }, { photoZonesAtOnce }), {
      widthPx,
      heightPx,
      dpi,
      background,
    }),
  );

let srgb: Promise<Uint8Array> | undefined;

/** libvips' built-in sRGB ICC profile (read once from a tagged 1 px PNG): the PDFs' output intent. */
export function srgbProfile(): Promise<Uint8Array> {
  srgb ??= sharp({ create: { width: 1, height: 1, channels: 3, background: '#ffffff' } })
    .withIccProfile('srgb')
    .png()
    .toBuffer()
    .then((png) => sharp(png).metadata())
    .then((meta) => {
      if (!meta.icc) throw new Error('sharp did not embed its sRGB profile');
      return new Uint8Array(meta.icc);
    });
  return srgb;
}
