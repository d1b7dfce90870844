// Lays a text layer out as glyph outlines in millimetres. Outlines rather than <text> so the
// browser preview, the rasterised 3D texture and the print file cannot pick different fonts,
// fall back differently or kern differently.
import type { Font, Glyph } from 'opentype.js';
import type { TextLayer } from '../design/schema';

/** A text layer as outlines, in layer-local mm centred on (0, 0), y down. */
export type TextLayout = {
  /** SVG path data (absolute commands, 3 decimals); empty when there is nothing to draw. */
  pathData: string;
  /** Widest line's advance width, including letter spacing between (not after) glyphs. */
  widthMm: number;
  /** From the first line's ascent to the last line's descender. */
  heightMm: number;
  lineCount: number;
  /** Height of the capital letters: what "letter height" means for production minimums. */
  capHeightMm: number;
};

/** Vertical metrics of a font at a size, in mm. */
export type FontMetricsMm = { capHeightMm: number; ascentMm: number; descentMm: number };

/**
 * Cap height, and the ascent and descent the layout box uses, at `sizeMm` (the em size).
 * The box reaches down to the font's descender and up to the cap height plus that same
 * depth: symmetric around the capitals, so one line's capitals sit exactly on the layer's
 * centre, and tall enough to hold lowercase ascenders and most accents. The hhea ascender
 * would be looser (Oswald's is 1.19 em against 0.81 em capitals); the cap height alone would
 * push the capitals up by half a descender and clip ascenders and accents.
 */
export function fontMetricsMm(font: Font, sizeMm: number): FontMetricsMm {
  const scale = sizeMm / font.unitsPerEm;
  const os2 = font.tables.os2 as { sCapHeight?: number } | undefined;
  const capHeightMm = (os2?.sCapHeight || 0.7 * font.unitsPerEm) * scale;
  const descentMm = Math.abs(font.descender) * scale;
  return { capHeightMm, ascentMm: capHeightMm + descentMm, descentMm };
}

/** One line's glyphs with their x (mm, from the line's start) and the line's advance width. */
export type PlacedLine = { glyphs: Array<{ glyph: Glyph; xMm: number }>; widthMm: number };

/** Places one line's glyphs with kerning and letter spacing (shared with arc text). */
export function placeLine(font: Font, line: string, layer: TextLayer): PlacedLine {
  const glyphs: PlacedLine['glyphs'] = [];
  // opentype's own letterSpacing is in em and is added after the last glyph too; adding
  // letterSpacingMm per glyph index here keeps the gaps exact and the width honest.
  // Like CSS, optional ligatures are off when letters are spaced (a spaced "fi" stays two).
  const options = { kerning: true, features: { liga: layer.letterSpacingMm === 0, rlig: true } };
  const advanceMm = font.forEachGlyph(line, 0, 0, layer.sizeMm, options, (glyph, x) => {
    glyphs.push({ glyph, xMm: x + glyphs.length * layer.letterSpacingMm });
  });
  const gaps = Math.max(0, glyphs.length - 1);
  return { glyphs, widthMm: advanceMm + gaps * layer.letterSpacingMm };
}

/** Lays out a text layer's lines (split on "\n") with kerning, letter spacing, line height and alignment. */
export function layoutText(layer: TextLayer, font: Font): TextLayout {
  const { capHeightMm, ascentMm, descentMm } = fontMetricsMm(font, layer.sizeMm);
  if (layer.text === '') return { pathData: '', widthMm: 0, heightMm: 0, lineCount: 0, capHeightMm };

  const lines = layer.text.split('\n').map((line) => placeLine(font, line, layer));
  const pitchMm = layer.sizeMm * layer.lineHeight;
  const widthMm = Math.max(0, ...lines.map((line) => line.widthMm));
  const heightMm = ascentMm + descentMm + (lines.length - 1) * pitchMm;

  // Each glyph's outline, one after another: the same path data as one merged opentype Path,
  // without importing opentype.js here (it is loaded with the fonts, lib/render/fonts.ts).
  let pathData = '';
  lines.forEach((line, i) => {
    const slack = widthMm - line.widthMm;
    const left = -widthMm / 2 + (layer.align === 'left' ? 0 : layer.align === 'centre' ? slack / 2 : slack);
    const baseline = -heightMm / 2 + ascentMm + i * pitchMm;
    for (const { glyph, xMm } of line.glyphs)
      pathData += glyph.getPath(left + xMm, baseline, layer.sizeMm).toPathData(3);
  });
  return { pathData, widthMm, heightMm, lineCount: lines.length, capHeightMm };
}
