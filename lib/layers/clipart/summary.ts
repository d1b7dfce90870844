// A clipart layer in words, for the design's summary.
import type { Zone } from '../../templates/schema';
import { formatMm } from '../../units';
import type { ClipartLayer } from './schema';

/** "Clipart “Heart”, 40 mm wide, Navy" (`name` is the layer's name, as the registry gives it). */
export function clipartSummary(zone: Zone, layer: ClipartLayer, name: string): string {
  const colour =
    layer.colourId === null
      ? 'its own colours'
      : (zone.colours.find((c) => c.id === layer.colourId)?.name ?? '');
  return `${name}, ${formatMm(layer.widthMm)} wide, ${colour}`;
}
