// The drag kernel's maths, shared by the shopper's zone editor and the studio's surface editor:
// a pointer's travel on screen in millimetres, the threshold that tells a tap from a drag, and
// snapping a moved box onto guide lines. Pure, so every rule is unit-tested.

/** A point on screen, in CSS pixels. */
export type ScreenPoint = { x: number; y: number };

/** An axis-aligned box in mm (the same shape as lib/render's ZoneBox). */
export type Box = { left: number; top: number; right: number; bottom: number };

/** Lines a moved box may snap to: x positions of vertical lines, y positions of horizontal ones (mm). */
export type Guides = { x: number[]; y: number[] };

/** What snapping did: the shift to apply (mm) and the guide lines it landed on, to draw them. */
export type SnapResult = { dxMm: number; dyMm: number; x: number | null; y: number | null };

/** A tap jitters by a pixel or two; a drag only starts past this many CSS pixels. */
export const DRAG_THRESHOLD_PX = 3;

/** Whether the pointer has travelled far enough from `start` for a drag to begin. */
export function pastThreshold(
  start: ScreenPoint,
  now: ScreenPoint,
  thresholdPx = DRAG_THRESHOLD_PX,
): boolean {
  return Math.hypot(now.x - start.x, now.y - start.y) >= thresholdPx;
}

/**
 * A pointer's travel on screen (CSS px) as a travel in mm, for a drawing shown at `mmPerPx`
 * and turned by `rotationDeg` on screen (clockwise, y down): the travel is turned back into
 * the drawing's own axes.
 */
export function screenDeltaToMm(
  dxPx: number,
  dyPx: number,
  mmPerPx: number,
  rotationDeg = 0,
): { dxMm: number; dyMm: number } {
  const r = (-rotationDeg * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return { dxMm: (dxPx * cos - dyPx * sin) * mmPerPx, dyMm: (dxPx * sin + dyPx * cos) * mmPerPx };
}

/**
 * The nearest guide to any of `values` (a box's edges and centre on one axis) within
 * `thresholdMm`: the shift that puts that value on the guide, and the guide. Null when none is near.
 */
export function snapAxis(
  values: number[],
  guides: number[],
  thresholdMm: number,
): { delta: number; guide: number } | null {
  let best: { delta: number; guide: number } | null = null;
  for (const v of values)
    for (const g of guides) {
      const delta = g - v;
      if (Math.abs(delta) <= thresholdMm && (!best || Math.abs(delta) < Math.abs(best.delta)))
        best = { delta, guide: g };
    }
  return best;
}

/** The centre of a box. */
export function boxCentre(b: Box): { xMm: number; yMm: number } {
  return { xMm: (b.left + b.right) / 2, yMm: (b.top + b.bottom) / 2 };
}

/** Moves a box by (dx, dy) mm. */
export function offsetBox(b: Box, dxMm: number, dyMm: number): Box {
  return { left: b.left + dxMm, right: b.right + dxMm, top: b.top + dyMm, bottom: b.bottom + dyMm };
}

/** The box around all of `boxes` (undefined for none). */
export function unionBox(boxes: Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** The guide lines of some boxes: each box's edges and centre lines. */
export function boxGuides(boxes: Box[]): Guides {
  return {
    x: boxes.flatMap((b) => [b.left, (b.left + b.right) / 2, b.right]),
    y: boxes.flatMap((b) => [b.top, (b.top + b.bottom) / 2, b.bottom]),
  };
}

/** Snaps a moved box's edges or centre onto the nearest guide on each axis within `thresholdMm`. */
export function snapBox(box: Box, guides: Guides, thresholdMm: number): SnapResult {
  const c = boxCentre(box);
  const x = snapAxis([c.xMm, box.left, box.right], guides.x, thresholdMm);
  const y = snapAxis([c.yMm, box.top, box.bottom], guides.y, thresholdMm);
  return { dxMm: x?.delta ?? 0, dyMm: y?.delta ?? 0, x: x?.guide ?? null, y: y?.guide ?? null };
}
