// A monogram layer in words, for the design's summary.
import type { Zone } from '../../templates/schema';
import { formatMm } from '../../units';
import { MONOGRAM_LABELS } from './layouts';
import type { MonogramLayer } from './schema';

/** "Monogram “AJK”, classic (…), 20 mm, Navy". */
export function monogramSummary(zone: Zone, layer: MonogramLayer): string {
  const colour = zone.colours.find((c) => c.id === layer.colourId)?.name ?? '';
  return `Monogram “${layer.letters}”, ${MONOGRAM_LABELS[layer.layout].toLowerCase()}, ${formatMm(layer.sizeMm)}, ${colour}`;
}
