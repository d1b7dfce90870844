// A text layer in words, for the design's summary.
import { findFont } from '../../templates/fonts';
import type { Zone } from '../../templates/schema';
import { formatMm } from '../../units';
import type { TextLayer } from './schema';

/** "Text “Hi” in Inter Bold at 12 mm, Navy". */
export function textSummary(zone: Zone, layer: TextLayer): string {
  const font = findFont(layer.fontId);
  const colour = zone.colours.find((c) => c.id === layer.colourId)?.name;
  return `Text “${layer.text}” in ${font?.family ?? 'a brand font'} ${font?.weight === 700 ? 'Bold ' : ''}at ${formatMm(layer.sizeMm)}, ${colour}`;
}
