// What the editor's live region says about the selected layer, for screen-reader users who
// move and resize layers with the keyboard.
import { assertNever } from '@/lib/assert-never';
import type { Layer } from '@/lib/design/schema';
import { layerKind } from '@/lib/layers/registry';
import type { LayerSize } from '@/lib/render/layer-geometry';
import { formatMm } from '@/lib/units';

const MAX_QUOTE = 30;

/** How big the layer is, in the words that fit its kind. */
function layerExtent(layer: Layer, size: LayerSize | undefined): string {
  switch (layer.kind) {
    case 'text':
      return `${formatMm(size ? size.heightMm : layer.sizeMm)} high`;
    case 'image':
      return `${formatMm(layer.widthMm)} wide`;
    case 'shape':
      return layer.shape === 'line'
        ? `${formatMm(layer.widthMm)} long`
        : `${formatMm(layer.widthMm)} × ${formatMm(layer.heightMm)}`;
    case 'clipart':
      return `${formatMm(layer.widthMm)} wide`;
    case 'monogram':
      return `${formatMm(size ? size.heightMm : layer.sizeMm)} high`;
    default:
      return assertNever(layer);
  }
}

function quote(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' / ').trim();
  return oneLine.length > MAX_QUOTE ? `${oneLine.slice(0, MAX_QUOTE - 1).trimEnd()}…` : oneLine;
}

/**
 * One sentence about the selected layer: what it is, where its centre sits from the trim's
 * top-left corner, how big it is and how far it is turned.
 */
export function describeLayer(
  layer: Layer | undefined,
  size: LayerSize | undefined,
  position?: { index: number; count: number },
): string {
  if (!layer) return 'No layer selected.';
  const what = layer.kind === 'text' ? `Text “${quote(layer.text)}”` : layerKind(layer).name(layer);
  const extent = layerExtent(layer, size);
  const rotation = Math.round(layer.rotationDeg * 10) / 10;
  const of = position ? ` (layer ${position.index + 1} of ${position.count})` : '';
  return `${what}${of} at ${formatMm(layer.xMm)}, ${formatMm(layer.yMm)}, ${extent}, rotated ${rotation}°.`;
}
