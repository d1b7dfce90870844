// The clipart layer kind: a library icon or brand artwork as vector paths in zone colours,
// charged per clipart where the brand sets a price.
import type { LayerKindModule } from '../kind';
import { findClipart } from './art';
import { clipartIssues } from './checks';
import { clipartElements, clipartGeometry } from './drawing';
import type { ClipartLayer } from './schema';
import { clipartSummary } from './summary';

export const clipartKind: LayerKindModule<ClipartLayer> = {
  kind: 'clipart',
  summary(zone, layer) {
    return clipartSummary(zone, layer, clipartKind.name(layer));
  },
  name(layer) {
    const item = findClipart(layer.clipartId, undefined);
    return item ? `Clipart “${item.name}”` : 'Clipart';
  },
  size(layer, ctx) {
    const geometry = clipartGeometry(layer, ctx);
    return geometry && { widthMm: geometry.widthMm, heightMm: geometry.heightMm };
  },
  element: clipartElements,
  issues: clipartIssues,
  // Its own palette is not zone colours: only a chosen zone colour counts as one.
  colourIds: (layer) => (layer.colourId === null ? [] : [layer.colourId]),
  charges: () => ({ characters: 0, images: 0, shapes: 0, clipart: 1 }),
  scale: { value: (layer) => layer.widthMm, patch: (_layer, widthMm) => ({ widthMm }), maxMm: 2000 },
};
