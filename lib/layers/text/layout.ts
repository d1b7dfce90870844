// A text layer as it is drawn: straight or on an arc, at its size or shrunk to fit its box.
import type { Font } from 'opentype.js';
import { layoutText, type TextLayout } from '../../render/text-layout';
import { layoutArcText } from './arc';
import type { TextLayer } from './schema';

/** The layout, the size it was drawn at, and whether it fits its box (always, without one). */
export type TextLayerLayout = TextLayout & {
  sizeMm: number;
  fits: boolean;
  arcCentreMm?: { xMm: number; yMm: number };
};

function draw(
  layer: TextLayer,
  font: Font,
  sizeMm: number,
): TextLayout & { centreMm?: { xMm: number; yMm: number } } {
  const sized = { ...layer, sizeMm };
  return layer.arc ? layoutArcText(sized, font, layer.arc) : layoutText(sized, font);
}

/**
 * Lays the layer out. With a fit box, the size shrinks (never grows) until the text fits,
 * but not below the box's minimum size; `fits` says whether it fits there.
 */
export function layoutTextLayer(layer: TextLayer, font: Font): TextLayerLayout {
  let sizeMm = layer.sizeMm;
  let out = draw(layer, font, sizeMm);
  const box = layer.fit;
  let fits = true;
  if (box) {
    const minimum = Math.min(box.minSizeMm, layer.sizeMm);
    // Size scales the outlines (letter spacing apart), so a few proportional steps converge.
    for (let i = 0; i < 8 && sizeMm > minimum; i++) {
      const k = Math.min(box.widthMm / out.widthMm, box.heightMm / out.heightMm);
      if (!(k < 1)) break;
      sizeMm = Math.max(minimum, Math.floor(sizeMm * k * 0.998 * 100) / 100);
      out = draw(layer, font, sizeMm);
    }
    fits = out.widthMm <= box.widthMm + 1e-3 && out.heightMm <= box.heightMm + 1e-3;
  }
  const { centreMm, ...layout } = out;
  return { ...layout, sizeMm, fits, ...(centreMm ? { arcCentreMm: centreMm } : {}) };
}
