// What each writer draws for a zone: the renderer's elements and the images they refer to. In
// an engraving zone every image is swapped for its 1-bit burn bitmap (lib/render/engrave-image),
// made once at the image's placed size at the zone's print dpi, and every text outline is filled
// with the burn colour (a laser has one: the shopper's colour choice cannot be engraved), so the
// PNG, the PDF, both SVGs and the production sheet draw the same bits.
import { engravedPixelSize, engravesImages } from '../render/engrave-image';
import type { ZoneElement } from '../render/zone-svg';
import type { Zone } from '../templates/schema';
import { sha256Hex } from './hash';
import type { PrintImage, SpecDeps } from './types';

/** What a laser burns, in every engraving file: black. */
export const BURN = '#000000';

export type ZoneArt = { elements: ZoneElement[]; images: Record<string, PrintImage> };

const encoder = new TextEncoder();

/** The zone's elements and images as the files draw them (engraving zones: images as burn bitmaps). */
export async function zoneArt(
  zone: Zone,
  elements: ZoneElement[],
  deps: Pick<SpecDeps, 'images' | 'engraveImage' | 'sha256'>,
): Promise<ZoneArt> {
  if (!engravesImages(zone)) return { elements, images: deps.images };
  const images: Record<string, PrintImage> = {};
  const drawn = await Promise.all(
    elements.map(async (element): Promise<ZoneElement> => {
      if (element.kind === 'path')
        return {
          ...element,
          fill: element.fill === 'none' ? 'none' : BURN,
          ...(element.stroke ? { stroke: { ...element.stroke, colour: BURN } } : {}),
        };
      const original = deps.images[element.uploadId];
      if (!original) throw new Error(`${zone.name}: the print image ${element.uploadId} is missing`);
      const size = engravedPixelSize(zone, element);
      // An id like an upload's (64 hex digits: the SVG writer splices data URLs in by it), from
      // the original and the size, so the same bitmap always has the same id.
      const id = await (deps.sha256 ?? sha256Hex)(
        encoder.encode(`engraved ${element.uploadId} ${size.widthPx}x${size.heightPx}`),
      );
      const bitmap = await deps.engraveImage(original, size);
      images[id] = bitmap;
      return { ...element, uploadId: id, href: bitmap.href };
    }),
  );
  return { elements: drawn, images };
}
