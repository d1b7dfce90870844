// A monogram as outlines, centred on (0, 0) in layer mm, y down. Classic: the letters in a row,
// the middle one larger, all centred on the same middle line. Circle: the same letters inside
// a ring, drawn as a filled band so it needs no stroke.
import type { Font } from 'opentype.js';
import { pathDataBounds } from '../../render/element-bounds';
import { fontMetricsMm } from '../../render/text-layout';
import type { MonogramLayer } from './schema';

/** The side letters' size against the main letter's, and the gap between letters in em. */
export const SIDE_SCALE = 0.7;
const GAP_EM = 0.06;
/** The ring's band width and its distance from the letters, in em of the main letter. */
export const RING_EM = 0.07;
const RING_PAD_EM = 0.16;

export type MonogramOutline = {
  pathData: string;
  widthMm: number;
  heightMm: number;
  /** The smallest letter's capital height: what production minimums measure. */
  smallestCapHeightMm: number;
  /** The ring's band width (circle), or undefined. */
  ringMm?: number;
};

const n = (v: number): string => String(Math.round(v * 1000) / 1000);

/** A circle of radius r as four cubics, clockwise (or counter-clockwise when `reverse`). */
function circle(r: number, reverse: boolean): string {
  const k = r * 0.5522847498;
  const s = reverse ? -1 : 1;
  return (
    `M${n(r)} 0` +
    `C${n(r)} ${n(s * k)} ${n(k)} ${n(s * r)} 0 ${n(s * r)}` +
    `C${n(-k)} ${n(s * r)} ${n(-r)} ${n(s * k)} ${n(-r)} 0` +
    `C${n(-r)} ${n(-s * k)} ${n(-k)} ${n(-s * r)} 0 ${n(-s * r)}` +
    `C${n(k)} ${n(-s * r)} ${n(r)} ${n(-s * k)} ${n(r)} 0Z`
  );
}

/** Each letter's size: the middle of three (or a lone letter) at full size, the rest smaller. */
function letterSizes(letters: string[], sizeMm: number): number[] {
  return letters.map((_, i) =>
    letters.length === 2 || (letters.length === 3 && i !== 1) ? sizeMm * SIDE_SCALE : sizeMm,
  );
}

/** Lays the monogram out in its font. */
export function layoutMonogram(layer: MonogramLayer, font: Font): MonogramOutline {
  const letters = Array.from(layer.letters);
  const sizes = letterSizes(letters, layer.sizeMm);
  const glyphs = letters.map((ch, i) => {
    const size = sizes[i]!;
    const glyph = font.charToGlyph(ch);
    const advance = ((glyph.advanceWidth ?? font.unitsPerEm * 0.6) / font.unitsPerEm) * size;
    return { glyph, size, advance, cap: fontMetricsMm(font, size).capHeightMm };
  });
  const gap = GAP_EM * layer.sizeMm;
  const total = glyphs.reduce((sum, g) => sum + g.advance, 0) + gap * Math.max(0, glyphs.length - 1);
  let x = -total / 2;
  let pathData = '';
  for (const g of glyphs) {
    // Capitals centred on the middle line: the baseline half a capital height below it.
    pathData += g.glyph.getPath(x, g.cap / 2, g.size).toPathData(3);
    x += g.advance + gap;
  }
  const smallestCapHeightMm = Math.min(...glyphs.map((g) => g.cap));
  const box = pathDataBounds(pathData);
  const halfW = box ? Math.max(-box.xMm, box.xMm + box.widthMm) : 0;
  const halfH = box ? Math.max(-box.yMm, box.yMm + box.heightMm) : 0;
  if (layer.layout === 'classic')
    return { pathData, widthMm: 2 * halfW, heightMm: 2 * halfH, smallestCapHeightMm };
  // Circle: the ring clears the letters' furthest corner by a little.
  const inner = Math.hypot(halfW, halfH) + RING_PAD_EM * layer.sizeMm;
  const ringMm = RING_EM * layer.sizeMm;
  const outer = inner + ringMm;
  return {
    pathData: pathData + circle(outer, false) + circle(inner, true),
    widthMm: 2 * outer,
    heightMm: 2 * outer,
    smallestCapHeightMm,
    ringMm,
  };
}
