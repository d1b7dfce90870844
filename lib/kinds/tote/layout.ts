// A canvas tote's panel in mm: x from the panel's left edge seen from outside, y down from the
// top edge. Where the handles are sewn on, the keep-outs around them and the loop they make
// above the bag. The surfaces, the catalogue drawing and the 3D model all read it,
// so the picture, the preview and the print files cannot disagree.
import type { Pt } from '../../templates/geometry';
import type { ToteGeometry } from './schema';

/**
 * Room left around a sewn-on handle end: a DTG platen or a screen cannot lay flat against the
 * raised webbing and its box-X stitching. Onekind figure.
 */
export const HANDLE_CLEARANCE_MM = 5;

/** How far the loop leans out at its feet, as a share of the half spacing (webbing does not bend sharply). */
const FLARE = 0.5;
const ARCH_STEPS = 48;

/** The centre lines (panel x) of one handle's two ends; both panels carry a handle in the same place. */
export function handleEndsX(g: ToteGeometry): [number, number] {
  const mid = g.panel.widthMm / 2;
  return [mid - g.handle.spacingMm / 2, mid + g.handle.spacingMm / 2];
}

/** Areas of a panel no artwork may cover: the folded top hem and the sewn-on handle ends. */
export function toteKeepOuts(
  g: ToteGeometry,
): Array<{ xMm: number; yMm: number; widthMm: number; heightMm: number; reason: string }> {
  const W = g.panel.widthMm;
  const half = g.handle.widthMm / 2 + HANDLE_CLEARANCE_MM;
  const ends = handleEndsX(g).map((x) => {
    const left = Math.max(0, x - half);
    const right = Math.min(W, x + half);
    return {
      xMm: left,
      yMm: 0,
      widthMm: right - left,
      heightMm: Math.min(g.panel.heightMm, g.handle.attachMm + HANDLE_CLEARANCE_MM),
      reason: 'handle attachment',
    };
  });
  return [
    { xMm: 0, yMm: 0, widthMm: W, heightMm: Math.min(g.panel.heightMm, g.topHemMm), reason: 'top hem' },
    ...ends,
  ];
}

/**
 * The handle's drop: from the top edge to the top of the loop when it is pulled up taut from
 * its middle (how bag makers state it). Its two halves then run straight from the ends.
 */
export function handleDrop(g: ToteGeometry): number {
  const { lengthMm: l, spacingMm: s } = g.handle;
  return Math.sqrt(Math.max(0, (l / 2) ** 2 - (s / 2) ** 2));
}

/** The loop standing up as a flared half ellipse `rise` mm tall: points (panel x, height above the top edge). */
function archPoints(g: ToteGeometry, rise: number): Pt[] {
  const [left, right] = handleEndsX(g);
  const mid = (left + right) / 2;
  const a = (right - left) / 2;
  return Array.from({ length: ARCH_STEPS + 1 }, (_, i) => {
    const t = (Math.PI * i) / ARCH_STEPS;
    return [mid - a * Math.cos(t) * (1 + FLARE * Math.sin(t)), rise * Math.sin(t)];
  });
}

const lengthOf = (points: Pt[]) =>
  points.reduce(
    (sum, [x, y], i) => (i ? sum + Math.hypot(x - points[i - 1]![0], y - points[i - 1]![1]) : 0),
    0,
  );

/**
 * The handle's centre line standing up above the top edge, from its left end to its right end,
 * as (panel x, height above the top edge) in mm, exactly `handle.lengthMm` long.
 */
export function handleArch(g: ToteGeometry): Pt[] {
  let low = 0;
  let high = g.handle.lengthMm / 2;
  // Bisection on the loop's height: its length grows with it.
  for (let i = 0; i < 40; i++) {
    const rise = (low + high) / 2;
    if (lengthOf(archPoints(g, rise)) < g.handle.lengthMm) low = rise;
    else high = rise;
  }
  return archPoints(g, low);
}
