import 'server-only';
import sharp, { type Sharp } from 'sharp';
import {
  burnColour,
  engraveBits,
  engravedRgba,
  engravesImages,
  previewEngravedSize,
} from '../render/engrave-image';
import { lookKey, type ImageLook } from '../render/image-look';
import { applyLook, maskPixels, type Pixels } from '../render/image-pixels';
import { zoneElements, type RenderContext, type ZoneElement } from '../render/zone-svg';
import type { Layer } from '../design/schema';
import type { Zone } from '../templates/schema';
import { readUploadPreview, type UploadStore } from './uploads';

type ImageElement = Extract<ZoneElement, { kind: 'image' }>;

// Server-rendered pictures of a design (the saved design's "as it will be made", cart, orders)
// show an engraving zone's images as the configurator does: the production files' conversion
// (lib/render/engrave-image.ts) of the upload's preview copy, burnt pixels in the zone's burn
// colour and the rest clear, as a data: URL.

const KEEP = 64;
/** Pictures made lately, by upload, look, size and colour (a page shows the same ones again and again). */
const made = new Map<string, Promise<string | undefined>>();

/** Made once per key, the last KEEP kept. */
function remembered(key: string, make: () => Promise<string | undefined>): Promise<string | undefined> {
  let href = made.get(key);
  if (!href) {
    href = make();
    made.set(key, href);
    href.catch(() => made.delete(key));
    if (made.size > KEEP) made.delete(made.keys().next().value!);
  }
  return href;
}

/** The preview copy's RGBA pixels at a size (its own when none), its look applied first. */
async function previewPixels(
  uploadId: string,
  look: ImageLook | undefined,
  store: Pick<UploadStore, 'objects'>,
  size?: { widthPx: number; heightPx: number },
): Promise<Pixels | undefined> {
  const preview = await readUploadPreview(uploadId, store);
  if (!preview) return undefined;
  const raw = async (input: Sharp): Promise<Pixels> => {
    const { data, info } = await input
      .toColourspace('srgb')
      .ensureAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return { data: new Uint8ClampedArray(data), width: info.width, height: info.height };
  };
  const fill = (input: Sharp) => (size ? input.resize(size.widthPx, size.heightPx, { fit: 'fill' }) : input);
  // Without a look, scaled straight from the preview copy, as before image tools.
  if (!look) return raw(fill(sharp(preview.bytes)));
  const own = await raw(sharp(preview.bytes));
  const pixels = applyLook(own.data, own.width, own.height, look);
  return size
    ? raw(fill(sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 4 } })))
    : pixels;
}

async function pngUrl(pixels: Pixels): Promise<string> {
  const png = await sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 4 } })
    .png()
    .toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

async function engravedPreview(
  element: ImageElement,
  widthPx: number,
  heightPx: number,
  colour: string,
  store: Pick<UploadStore, 'objects'>,
): Promise<string | undefined> {
  const pixels = await previewPixels(element.uploadId, element.look, store, { widthPx, heightPx });
  if (!pixels) return undefined;
  // Cut to the mask before dithering, as the files' bitmaps are (zoneArt).
  if (element.mask) maskPixels(pixels, element.mask, element.widthMm, element.heightMm);
  const bits = engraveBits(pixels.data, widthPx, heightPx);
  return pngUrl({ data: engravedRgba(bits, colour), width: widthPx, height: heightPx });
}

/** The image's preview with its look (crop, turns, flips, filter) applied; its mask stays a clip. */
async function lookedPreview(
  element: ImageElement,
  store: Pick<UploadStore, 'objects'>,
): Promise<string | undefined> {
  const pixels = await previewPixels(element.uploadId, element.look, store);
  return pixels && pngUrl(pixels);
}

/**
 * The elements as they will be made: each image with a look drawn looked, and each image of an
 * engraving zone drawn as it will be burnt; the rest as they are.
 */
export async function withEngravedLook(
  zone: Zone,
  elements: ZoneElement[],
  store: Pick<UploadStore, 'objects'> = {},
): Promise<ZoneElement[]> {
  const engraves = engravesImages(zone);
  if (!engraves && !elements.some((e) => e.kind === 'image' && e.look)) return elements;
  const colour = burnColour(zone);
  const drawn = await Promise.all(
    elements.map(async (element): Promise<ZoneElement[]> => {
      if (element.kind !== 'image' || (!engraves && !element.look)) return [element];
      const looks = element.look ? lookKey(element.look) : 'plain';
      const { look: _drawn, ...rest } = element;
      if (!engraves) {
        const url = await remembered(`${element.uploadId} ${looks}`, () => lookedPreview(element, store));
        return url ? [{ ...rest, href: url }] : [];
      }
      const { widthPx, heightPx } = previewEngravedSize(zone, element);
      const mask = element.mask ? ` mask:${JSON.stringify(element.mask)}` : '';
      const key = `${element.uploadId} ${looks}${mask} ${widthPx}x${heightPx} ${colour}`;
      const url = await remembered(key, () => engravedPreview(element, widthPx, heightPx, colour, store));
      return url ? [{ ...rest, href: url }] : [];
    }),
  );
  return drawn.flat();
}

/** A zone's layers as they will be made: the renderer's elements, engraved images as burnt. */
export function madeLookElements(
  zone: Zone,
  layers: Layer[],
  ctx: RenderContext,
  store: Pick<UploadStore, 'objects'> = {},
): Promise<ZoneElement[]> {
  return withEngravedLook(zone, zoneElements(zone, layers, ctx), store);
}
