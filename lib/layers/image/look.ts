// An image layer's tools as the renderer's look (lib/render/image-look.ts): the zone's colours
// resolved for a duotone, nothing at all for a layer that uses no tool.
import type { ImageLook, PixelFilter } from '../../render/image-look';
import type { Zone } from '../../templates/schema';
import type { ImageLayer } from './schema';

/** The default threshold level: mid grey. */
export const THRESHOLD_LEVEL = 128;

function pixelFilter(zone: Zone, layer: ImageLayer): PixelFilter | undefined {
  const f = layer.filter;
  if (!f) return undefined;
  switch (f.kind) {
    case 'greyscale':
    case 'sepia':
      return { kind: f.kind };
    case 'threshold':
      return { kind: 'threshold', level: f.level ?? THRESHOLD_LEVEL };
    case 'duotone': {
      const hex = (id: string) => zone.colours.find((c) => c.id === id)?.hex;
      const [dark, light] = [hex(f.darkColourId), hex(f.lightColourId)];
      // An unknown colour draws no duotone; the checks report it.
      return dark && light ? { kind: 'duotone', dark, light } : undefined;
    }
  }
}

const isWhole = (c: ImageLayer['crop']) => !c || (c.x <= 0 && c.y <= 0 && c.w >= 1 && c.h >= 1);

/** The layer's look, or undefined when its picture is drawn as uploaded. */
export function layerLook(zone: Zone, layer: ImageLayer): ImageLook | undefined {
  const filter = pixelFilter(zone, layer);
  const quarterTurns = (layer.quarterTurns ?? 0) as ImageLook['quarterTurns'];
  const look: ImageLook = {
    ...(layer.crop && !isWhole(layer.crop) ? { crop: layer.crop } : {}),
    quarterTurns,
    flipX: layer.flipX ?? false,
    flipY: layer.flipY ?? false,
    ...(filter ? { filter } : {}),
  };
  const plain = !look.crop && quarterTurns === 0 && !look.flipX && !look.flipY && !filter;
  return plain ? undefined : look;
}
