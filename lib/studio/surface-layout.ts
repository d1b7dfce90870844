// The surface editor's geometry, in millimetres: a size's unwrapped surfaces laid side by side,
// and zones moved, resized and drawn on them (always inside their surface).
import { placeRect, type Rect, type Surface } from '../templates/geometry';
import { snapAxis } from '../editor/drag';

export type Anchor = 'top-left' | 'top-centre';
export type LaidOutSurface = Surface & { offsetXMm: number };
export type Handle = 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw';
export const HANDLES: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

/** The smallest zone the editor draws or resizes to. */
export const MIN_ZONE_MM = 5;

/** Surfaces in a row, left to right, with a gap between them; the drawing's overall size. */
export function layoutSurfaces(surfaces: Surface[]): {
  surfaces: LaidOutSurface[];
  widthMm: number;
  heightMm: number;
} {
  const largest = Math.max(1, ...surfaces.map((s) => Math.max(s.widthMm, s.heightMm)));
  const gap = Math.max(8, largest * 0.08);
  let x = 0;
  const laid = surfaces.map((s) => {
    const out = { ...s, offsetXMm: x };
    x += s.widthMm + gap;
    return out;
  });
  return {
    surfaces: laid,
    widthMm: Math.max(1, x - gap),
    heightMm: Math.max(1, ...surfaces.map((s) => s.heightMm)),
  };
}

/** Rounds to the editor's step (0.5 mm by default): numbers a brand can read back. */
export function roundMm(value: number, step = 0.5): number {
  return Math.round(Math.round(value / step) * step * 1000) / 1000;
}

/** Where a zone's rectangle sits on its surface (garment zones are measured from the centre line). */
export function placedRect(rect: Rect, anchor: Anchor, surface: Surface): Rect {
  return placeRect(rect, anchor, surface);
}

/** The zone rectangle to store for a rectangle placed on the surface (the inverse of placedRect). */
export function storedRect(placed: Rect, anchor: Anchor, surface: Surface): Rect {
  if (anchor === 'top-left') return placed;
  return { ...placed, xMm: roundMm(placed.xMm - (surface.widthMm - placed.widthMm) / 2, 0.05) };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/** The rectangle moved by (dx, dy), kept on the surface. */
export function moveRect(r: Rect, dx: number, dy: number, surface: Surface, step = 0.5): Rect {
  return {
    ...r,
    xMm: clamp(roundMm(r.xMm + dx, step), 0, surface.widthMm - r.widthMm),
    yMm: clamp(roundMm(r.yMm + dy, step), 0, surface.heightMm - r.heightMm),
  };
}

/** The rectangle with the edges of `handle` moved by (dx, dy), kept on the surface and at least MIN_ZONE_MM. */
export function resizeRect(
  r: Rect,
  handle: Handle,
  dx: number,
  dy: number,
  surface: Surface,
  step = 0.5,
): Rect {
  let left = r.xMm;
  let top = r.yMm;
  let right = r.xMm + r.widthMm;
  let bottom = r.yMm + r.heightMm;
  if (handle.includes('w')) left = clamp(roundMm(left + dx, step), 0, right - MIN_ZONE_MM);
  if (handle.includes('e')) right = clamp(roundMm(right + dx, step), left + MIN_ZONE_MM, surface.widthMm);
  if (handle.includes('n')) top = clamp(roundMm(top + dy, step), 0, bottom - MIN_ZONE_MM);
  if (handle.includes('s')) bottom = clamp(roundMm(bottom + dy, step), top + MIN_ZONE_MM, surface.heightMm);
  return { xMm: left, yMm: top, widthMm: roundMm(right - left, 0.05), heightMm: roundMm(bottom - top, 0.05) };
}

/** The rectangle between two points on a surface (a zone being drawn), or null while it is too small. */
export function drawnRect(
  a: { xMm: number; yMm: number },
  b: { xMm: number; yMm: number },
  surface: Surface,
  step = 0.5,
): Rect | null {
  const x1 = clamp(roundMm(Math.min(a.xMm, b.xMm), step), 0, surface.widthMm);
  const y1 = clamp(roundMm(Math.min(a.yMm, b.yMm), step), 0, surface.heightMm);
  const x2 = clamp(roundMm(Math.max(a.xMm, b.xMm), step), 0, surface.widthMm);
  const y2 = clamp(roundMm(Math.max(a.yMm, b.yMm), step), 0, surface.heightMm);
  if (x2 - x1 < MIN_ZONE_MM || y2 - y1 < MIN_ZONE_MM) return null;
  return { xMm: x1, yMm: y1, widthMm: x2 - x1, heightMm: y2 - y1 };
}

/**
 * What a key does to the focused zone: arrows move it 1 mm (10 mm with Shift); with Alt they
 * move its right or bottom edge instead (resize). Null for other keys.
 */
export function keyboardEdit(
  key: string,
  shift: boolean,
  alt: boolean,
): { handle: Handle | null; dx: number; dy: number } | null {
  const step = shift ? 10 : 1;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
    ArrowUp: [0, -step],
    ArrowDown: [0, step],
  };
  const delta = moves[key];
  if (!delta) return null;
  const [dx, dy] = delta;
  return { handle: alt ? (dx !== 0 ? 'e' : 's') : null, dx, dy };
}

/**
 * A rectangle whose centre is within `toleranceMm` of the surface's vertical centre line, moved
 * onto it (zones are most often centred), and whether it was.
 */
export function snapToCentre(
  r: Rect,
  surface: Surface,
  toleranceMm: number,
): { rect: Rect; snapped: boolean } {
  const snap = snapAxis([r.xMm + r.widthMm / 2], [surface.widthMm / 2], toleranceMm);
  if (!snap) return { rect: r, snapped: false };
  return { rect: { ...r, xMm: Math.round((r.xMm + snap.delta) * 1000) / 1000 }, snapped: true };
}
