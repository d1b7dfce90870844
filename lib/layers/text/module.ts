// The text layer kind: outlines from the shipped fonts (straight or on an arc, optionally
// outlined and shrunk to fit a box), charged per character.
import type { LayerKindModule } from '../kind';
import { textSummary } from './summary';
import { chargedCharacters } from './characters';
import { textIssues } from './checks';
import { layoutTextLayer } from './layout';
import { textStroke } from './stroke';
import type { TextLayer } from './schema';

export const textKind: LayerKindModule<TextLayer> = {
  kind: 'text',
  summary: textSummary,
  name(layer) {
    const text = layer.text.replace(/\s+/g, ' ').trim();
    return text ? `Text “${text.length > 24 ? `${text.slice(0, 24)}…` : text}”` : 'Text (empty)';
  },
  size(layer, ctx) {
    const font = ctx.fonts.font(layer.fontId);
    if (!font) return undefined;
    const { widthMm, heightMm } = layoutTextLayer(layer, font);
    // The outline is centred on the letters' edges: half of it lies outside.
    const stroke = widthMm > 0 ? (textStroke(layer)?.widthMm ?? 0) : 0;
    return { widthMm: widthMm + stroke, heightMm: heightMm + stroke };
  },
  element(zone, layer, ctx) {
    const font = ctx.fonts.font(layer.fontId);
    const colour = zone.colours.find((c) => c.id === layer.colourId)?.hex;
    if (!font || !colour) return undefined;
    const { pathData } = layoutTextLayer(layer, font);
    if (pathData === '') return undefined;
    const placement = { xMm: layer.xMm, yMm: layer.yMm, rotationDeg: layer.rotationDeg };
    const stroke = textStroke(layer);
    const strokeColour = stroke && zone.colours.find((c) => c.id === stroke.colourId)?.hex;
    return {
      kind: 'path',
      layerId: layer.id,
      pathData,
      fill: colour,
      ...(stroke && strokeColour ? { stroke: { colour: strokeColour, widthMm: stroke.widthMm } } : {}),
      placement,
    };
  },
  colourIds: (layer) => [layer.colourId, ...(textStroke(layer) ? [textStroke(layer)!.colourId] : [])],
  issues: textIssues,
  charges(layer) {
    const characters = chargedCharacters(layer.text);
    return characters > 0 ? { characters, images: 0, shapes: 0 } : undefined;
  },
  scale: { value: (layer) => layer.sizeMm, patch: (_layer, sizeMm) => ({ sizeMm }), maxMm: 500 },
};
