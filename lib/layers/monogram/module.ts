// The monogram layer kind: one to three letters as outlines in a classic or circle layout,
// charged per monogram where the brand sets a price.
import type { LayerKindModule } from '../kind';
import { monogramIssues } from './checks';
import { layoutMonogram } from './layout';
import type { MonogramLayer } from './schema';
import { monogramSummary } from './summary';

export const monogramKind: LayerKindModule<MonogramLayer> = {
  kind: 'monogram',
  name: (layer) => `Monogram “${layer.letters}”`,
  summary: monogramSummary,
  size(layer, ctx) {
    const font = ctx.fonts.font(layer.fontId);
    if (!font) return undefined;
    const { widthMm, heightMm } = layoutMonogram(layer, font);
    return { widthMm, heightMm };
  },
  element(zone, layer, ctx) {
    const font = ctx.fonts.font(layer.fontId);
    const colour = zone.colours.find((c) => c.id === layer.colourId)?.hex;
    if (!font || !colour) return undefined;
    const { pathData } = layoutMonogram(layer, font);
    return {
      kind: 'path',
      layerId: layer.id,
      pathData,
      fill: colour,
      placement: { xMm: layer.xMm, yMm: layer.yMm, rotationDeg: layer.rotationDeg },
    };
  },
  issues: monogramIssues,
  colourIds: (layer) => [layer.colourId],
  charges: () => ({ characters: 0, images: 0, shapes: 0, monograms: 1 }),
  scale: { value: (layer) => layer.sizeMm, patch: (_layer, sizeMm) => ({ sizeMm }), maxMm: 500 },
};
