// A new monogram, centred in the zone in its first font and colour, big enough to read and
// never below the zone's smallest letter height.
import type { Zone } from '../../templates/schema';
import type { MonogramLayout } from './layouts';
import { SIDE_SCALE } from './layout';
import type { MonogramLayer } from './schema';

/** A monogram of `letters` in the layout, centred in the zone. */
export function newMonogramLayer(
  zone: Zone,
  id: string,
  layout: MonogramLayout,
  letters = 'ABC',
): MonogramLayer {
  const fit = Math.min(zone.rect.heightMm * 0.35, zone.rect.widthMm * 0.18);
  // Capitals are about 0.7 em and the side letters are SIDE_SCALE of the main one.
  const minimum = (zone.limits.minTextHeightMm ?? 0) / 0.7 / SIDE_SCALE;
  return {
    id,
    kind: 'monogram',
    letters,
    layout,
    fontId: zone.fonts[0] ?? '',
    colourId: zone.colours[0]?.id ?? '',
    sizeMm: Math.round(Math.max(fit, minimum, 4) * 10) / 10,
    xMm: zone.rect.widthMm / 2,
    yMm: zone.rect.heightMm / 2,
    rotationDeg: 0,
  };
}
