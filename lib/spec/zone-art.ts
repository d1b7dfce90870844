// What each writer draws for a zone: the renderer's elements and the images they refer to. An
// image with tools (crop, turns, flips, filter, mask) is swapped for its looked print image,
// made once from the original (lib/render/image-pixels.ts, the preview's function), its mask
// also cut into its alpha for the rasters while the SVGs and the PDF clip to the vector path.
// In an engraving zone every image is then swapped for its 1-bit burn bitmap
// (lib/render/engrave-image), made once at the image's placed size at the zone's print dpi,
// and every text outline is filled with the burn colour (a laser has one: the shopper's colour
// choice cannot be engraved), so the PNG, the PDF, both SVGs and the production sheet draw the
// same bits.
import { engravedPixelSize, engravesImages } from '../render/engrave-image';
import { lookKey, maskKey } from '../render/image-look';
import type { ZoneElement } from '../render/zone-svg';
import type { Zone } from '../templates/schema';
import { sha256Hex } from './hash';
import type { PrintImage, SpecDeps } from './types';

/** What a laser burns, in every engraving file: black. */
export const BURN = '#000000';

export type ZoneArt = { elements: ZoneElement[]; images: Record<string, PrintImage> };

type ImageElement = Extract<ZoneElement, { kind: 'image' }>;
type Deps = Pick<SpecDeps, 'images' | 'engraveImage' | 'lookImage' | 'sha256'>;

const encoder = new TextEncoder();

// An id like an upload's (64 hex digits: the SVG writer splices data URLs in by it), from what
// the image is made of, so the same picture always has the same id.
const idOf = async (deps: Deps, text: string) => (deps.sha256 ?? sha256Hex)(encoder.encode(text));

/** The element drawing its looked print image (look applied, mask in its alpha), and that image. */
async function looked(zone: Zone, element: ImageElement, deps: Deps): Promise<[ImageElement, PrintImage]> {
  const original = deps.images[element.uploadId];
  if (!original) throw new Error(`${zone.name}: the print image ${element.uploadId} is missing`);
  const { look, mask, widthMm, heightMm } = element;
  if (!look && !mask) return [element, original];
  if (!deps.lookImage) throw new Error(`${zone.name}: image tools need deps.lookImage`);
  const id = await idOf(
    deps,
    `looked ${element.uploadId} ${look ? lookKey(look) : 'plain'} ${mask ? maskKey(mask, widthMm, heightMm) : 'unmasked'}`,
  );
  const image = await deps.lookImage(original, look, mask && { mask, widthMm, heightMm });
  const { look: _applied, ...rest } = element;
  return [{ ...rest, uploadId: id, href: image.href }, image];
}

/** The zone's elements and images as the files draw them (looks applied; engraving zones: burn bitmaps). */
export async function zoneArt(zone: Zone, elements: ZoneElement[], deps: Deps): Promise<ZoneArt> {
  const engraves = engravesImages(zone);
  const plain = !elements.some((e) => e.kind === 'image' && (e.look || e.mask));
  if (!engraves && plain) return { elements, images: deps.images };
  const images: Record<string, PrintImage> = engraves ? {} : { ...deps.images };
  const drawn = await Promise.all(
    elements.map(async (element): Promise<ZoneElement> => {
      if (element.kind === 'path')
        return engraves
          ? {
              ...element,
              fill: element.fill === 'none' ? 'none' : BURN,
              ...(element.stroke ? { stroke: { ...element.stroke, colour: BURN } } : {}),
            }
          : element;
      const [shown, picture] = await looked(zone, element, deps);
      if (!engraves) {
        images[shown.uploadId] = picture;
        return shown;
      }
      const size = engravedPixelSize(zone, shown);
      const id = await idOf(deps, `engraved ${shown.uploadId} ${size.widthPx}x${size.heightPx}`);
      const bitmap = await deps.engraveImage(picture, size);
      images[id] = bitmap;
      return { ...shown, uploadId: id, href: bitmap.href };
    }),
  );
  return { elements: drawn, images };
}
