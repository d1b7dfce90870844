// A new clipart layer, centred in the zone at about a third of the safe area's shorter side,
// in the zone's first colour unless a print zone can show a multi-colour artwork as it is.
import type { ClipartItem } from '../../clipart/library';
import type { Zone } from '../../templates/schema';
import type { ClipartLayer } from './schema';

/** The clipart centred in the zone, sized to fit comfortably inside the safe area. */
export function newClipartLayer(
  zone: Zone,
  id: string,
  item: Pick<ClipartItem, 'id' | 'singleColour'>,
): ClipartLayer {
  const safe = Math.min(zone.rect.widthMm, zone.rect.heightMm) - 2 * zone.safeMm;
  const own = !item.singleColour && zone.method === 'print';
  return {
    id,
    kind: 'clipart',
    clipartId: item.id,
    widthMm: Math.max(1, Math.round(safe * 0.4 * 10) / 10),
    colourId: own ? null : (zone.colours[0]?.id ?? null),
    xMm: zone.rect.widthMm / 2,
    yMm: zone.rect.heightMm / 2,
    rotationDeg: 0,
  };
}
