// An image layer's tools in a few words, for the saved design's and the order's summaries.
import type { Zone } from '../../templates/schema';
import { formatMm } from '../../units';
import type { ImageLayer } from './schema';

const FILTER_NAMES = {
  greyscale: 'greyscale',
  sepia: 'sepia',
  duotone: 'duotone',
  threshold: 'black and white',
};

/** The tools the layer uses ("cropped, turned 90°, cut to a circle, greyscale"), or '' for none. */
export function imageToolsSummary(zone: Zone, layer: ImageLayer): string {
  const colour = (id: string) => zone.colours.find((c) => c.id === id)?.name ?? id;
  const f = layer.filter;
  const turns = layer.quarterTurns ?? 0;
  return [
    layer.crop ? 'cropped' : '',
    turns ? `turned ${turns * 90}°` : '',
    layer.flipX ? 'flipped horizontally' : '',
    layer.flipY ? 'flipped vertically' : '',
    layer.mask ? (layer.mask.shape === 'circle' ? 'cut to a circle' : 'with rounded corners') : '',
    !f
      ? ''
      : f.kind === 'duotone'
        ? `duotone in ${colour(f.darkColourId)} and ${colour(f.lightColourId)}`
        : FILTER_NAMES[f.kind],
  ]
    .filter(Boolean)
    .join(', ');
}

/** "Image, 120 mm wide, cropped, cut to a circle". */
export function imageSummary(zone: Zone, layer: ImageLayer): string {
  const tools = imageToolsSummary(zone, layer);
  return `Image, ${formatMm(layer.widthMm)} wide${tools ? `, ${tools}` : ''}`;
}
