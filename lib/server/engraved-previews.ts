import 'server-only';
import sharp from 'sharp';
import {
  burnColour,
  engraveBits,
  engravedRgba,
  engravesImages,
  previewEngravedSize,
} from '../render/engrave-image';
import { zoneElements, type RenderContext, type ZoneElement } from '../render/zone-svg';
import type { Layer } from '../design/schema';
import type { Zone } from '../templates/schema';
import { readUploadPreview, type UploadStore } from './uploads';

// Server-rendered pictures of a design (the saved design's "as it will be made", cart, orders)
// show an engraving zone's images as the configurator does: the production files' conversion
// (lib/render/engrave-image.ts) of the upload's preview copy, burnt pixels in the zone's burn
// colour and the rest clear, as a data: URL.

const KEEP = 64;
/** Pictures made lately, by upload, size and colour (a page shows the same ones again and again). */
const made = new Map<string, Promise<string | undefined>>();

async function engravedPreview(
  uploadId: string,
  widthPx: number,
  heightPx: number,
  colour: string,
  store: Pick<UploadStore, 'objects'>,
): Promise<string | undefined> {
  const preview = await readUploadPreview(uploadId, store);
  if (!preview) return undefined;
  const rgba = await sharp(preview.bytes)
    .resize(widthPx, heightPx, { fit: 'fill' })
    .toColourspace('srgb')
    .ensureAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer();
  const bits = engraveBits(rgba, widthPx, heightPx);
  const png = await sharp(engravedRgba(bits, colour), {
    raw: { width: widthPx, height: heightPx, channels: 4 },
  })
    .png()
    .toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** The elements with each image of an engraving zone drawn as it will be burnt; other zones' elements as they are. */
export async function withEngravedLook(
  zone: Zone,
  elements: ZoneElement[],
  store: Pick<UploadStore, 'objects'> = {},
): Promise<ZoneElement[]> {
  if (!engravesImages(zone)) return elements;
  const colour = burnColour(zone);
  const drawn = await Promise.all(
    elements.map(async (element): Promise<ZoneElement[]> => {
      if (element.kind !== 'image') return [element];
      const { widthPx, heightPx } = previewEngravedSize(zone, element);
      const key = `${element.uploadId} ${widthPx}x${heightPx} ${colour}`;
      let href = made.get(key);
      if (!href) {
        href = engravedPreview(element.uploadId, widthPx, heightPx, colour, store);
        made.set(key, href);
        href.catch(() => made.delete(key));
        if (made.size > KEEP) made.delete(made.keys().next().value!);
      }
      const url = await href;
      return url ? [{ ...element, href: url }] : [];
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
