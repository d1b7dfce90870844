// A shape layer in words, for the design's summary.
import type { Zone } from '../../templates/schema';
import { formatMm } from '../../units';
import { SHAPE_LABELS } from './names';
import type { ShapeLayer } from './schema';

/** "Star, 40 mm × 40 mm, fill Red, outline Black 1 mm". */
export function shapeSummary(zone: Zone, layer: ShapeLayer): string {
  const colour = (id: string | null) => zone.colours.find((c) => c.id === id)?.name;
  const size =
    layer.shape === 'line'
      ? `${formatMm(layer.widthMm)} long`
      : `${formatMm(layer.widthMm)} × ${formatMm(layer.heightMm)}`;
  const fill =
    layer.shape !== 'line' && colour(layer.fillColourId) ? `, fill ${colour(layer.fillColourId)}` : '';
  const stroke =
    colour(layer.strokeColourId) && layer.strokeWidthMm > 0
      ? `, ${layer.shape === 'line' ? 'colour' : 'outline'} ${colour(layer.strokeColourId)} ${formatMm(layer.strokeWidthMm)}`
      : '';
  return `${SHAPE_LABELS[layer.shape]}, ${size}${fill}${stroke}`;
}
