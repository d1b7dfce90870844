import 'server-only';
import { createHash } from 'node:crypto';
import type { Design } from '../../design/schema';
import type { PrintImage, SpecDeps } from '../../spec/types';
import { brandClipartByIds } from '../clipart/store';
import { serverFontLibrary } from '../fonts';
import { sharpEngraveImage } from './engrave-image';
import { sharpLookImage } from './look-image';
import { sharpDrawZone, sharpRasterise, srgbProfile } from './print-images';
import { drawProductViews } from '../kinds';

/** Hex sha256 by Node's crypto: no copy of the bytes, which Web Crypto makes (100 MB a tee line). */
export const nodeSha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The fonts a design's layers use, shipped or the brand's (parsing all the shipped fonts took 0.12 s). */
export function designFontIds(design: Design): string[] {
  return [
    ...new Set(
      Object.values(design.zones).flatMap((zone) =>
        zone.layers.flatMap((layer) => ('fontId' in layer ? [layer.fontId] : [])),
      ),
    ),
  ];
}

/**
 * What the spec builder needs on the server: fonts (all shipped ones unless `fontIds` names
 * the ones needed), sharp's rasterisers and engraver, the product's pictures from its named
 * views, the sRGB profile, Node's sha256.
 */
export async function serverSpecDeps(
  images: Record<string, PrintImage>,
  fontIds?: string[],
  clipartIds: string[] = [],
): Promise<SpecDeps> {
  return {
    fonts: await serverFontLibrary(fontIds),
    clipart: await brandClipartByIds(clipartIds),
    images,
    rasterise: sharpRasterise,
    drawZone: sharpDrawZone,
    engraveImage: sharpEngraveImage,
    lookImage: sharpLookImage,
    productViews: drawProductViews,
    srgbProfile: await srgbProfile(),
    sha256: nodeSha256,
  };
}
