// A text layer's outline, when it has one that shows.
import type { TextLayer } from './schema';

/** The outline's colour id and width when the layer has a visible one. */
export function textStroke(layer: TextLayer): { colourId: string; widthMm: number } | undefined {
  const width = layer.strokeWidthMm ?? 0;
  return layer.strokeColourId && width > 0 ? { colourId: layer.strokeColourId, widthMm: width } : undefined;
}
