// Pure maths for the zone editor: screen to zone mm, snapping, scaling and rotating. Kept free
// of React and the DOM so every rule the pointer and the keyboard follow is unit-tested here.
import type { Arrange } from '@/lib/design/layer-ops';
import type { Layer } from '@/lib/design/schema';
import { boxGuides, offsetBox, snapBox, unionBox, type Box, type Guides } from '@/lib/editor/drag';
import { layerKind } from '@/lib/layers/registry';
import type { LayerSize, ZonePoint } from '@/lib/render/layer-geometry';
import { bleedBox } from '@/lib/render/zone-svg';
import type { Zone } from '@/lib/templates/schema';

/** The change the editor asks its parent to make to one layer. */
export type ZoneEditorPatch = Partial<Pick<Layer, 'xMm' | 'yMm' | 'rotationDeg'>> & {
  sizeMm?: number;
  widthMm?: number;
  heightMm?: number;
};

/** What the editor asks its parent to do with the selected layers. */
export type LayerCommand = { kind: 'arrange'; move: Arrange } | { kind: 'duplicate' | 'lock' | 'delete' };

/** What the pointer and keyboard hooks need from the editor: the zone, its layers and the callbacks. */
export type LayerEditing = {
  zone: Zone;
  /** Bottom first. */
  layers: Layer[];
  /** The selected layers' ids, in the order they were picked. */
  selectedIds: string[];
  onSelect: (layerIds: string[]) => void;
  /** Changes to some layers; every change of one drag or key burst carries the same gesture id. */
  onChange: (patches: Record<string, ZoneEditorPatch>, gesture: string) => void;
  onCommand: (command: LayerCommand) => void;
};

/** The part of a DOMMatrix a 2D point transform needs (getScreenCTM().inverse() is one). */
export type MatrixLike = { a: number; b: number; c: number; d: number; e: number; f: number };

/** How close (CSS px) a dragged layer's edge or centre must come to a guide to snap onto it. */
export const SNAP_PX = 6;
/** Rotation snaps to these steps with Shift held. */
export const ROTATE_STEP_DEG = 15;
/** Without Shift, rotation still snaps this close (degrees) to upright and the quarter turns. */
export const ROTATE_SNAP_DEG = 3;
/** The smallest text size or image width a scale gesture leaves (mm). */
export const MIN_SIZE_MM = 1;

/** Rounds to a step (0.01 mm by default) so designs do not fill up with float noise. */
export function roundTo(value: number, step = 0.01): number {
  return Math.round(value / step) * step;
}

/** A client (CSS pixel) point in zone mm through the overlay's inverse screen matrix. */
export function clientToZone(inverse: MatrixLike, clientX: number, clientY: number): ZonePoint {
  const { a, b, c, d, e, f } = inverse;
  return { xMm: a * clientX + c * clientY + e, yMm: b * clientX + d * clientY + f };
}

/**
 * Millimetres per CSS pixel for a box of `widthPx` x `heightPx` showing the zone's bleed box
 * scaled to fit (SVG's default "xMidYMid meet"); undefined before the box has a size.
 */
export function mmPerPixel(zone: Zone, widthPx: number, heightPx: number): number | undefined {
  if (widthPx <= 0 || heightPx <= 0) return undefined;
  const box = bleedBox(zone);
  return Math.max(box.widthMm / widthPx, box.heightMm / heightPx);
}

/** Keeps a layer's centre inside the bleed box, so a layer can never be dragged out of reach. */
export function clampToBleed(zone: Zone, point: ZonePoint): ZonePoint {
  const box = bleedBox(zone);
  const clamp = (v: number, min: number, size: number) => Math.min(min + size, Math.max(min, v));
  return { xMm: clamp(point.xMm, box.xMm, box.widthMm), yMm: clamp(point.yMm, box.yMm, box.heightMm) };
}

/** The guide lines a moved selection snaps to: the zone's edges and centre lines, and the other layers' edges and centres. */
export function layerGuides(zone: Zone, others: Box[]): Guides {
  return boxGuides([{ left: 0, top: 0, right: zone.rect.widthMm, bottom: zone.rect.heightMm }, ...others]);
}

/**
 * A drag of the selection by (dx, dy) mm after snapping: the box around the moved layers'
 * rotated bounds snaps its edges or centre to the zone's and the other layers' guides within
 * `thresholdMm`. Returns the snapped move and the guide lines it landed on (to draw them).
 */
export function snapMove(
  zone: Zone,
  moving: Box[],
  others: Box[],
  dxMm: number,
  dyMm: number,
  thresholdMm: number,
): { dxMm: number; dyMm: number; guides: { x: number | null; y: number | null } } {
  const box = unionBox(moving);
  if (!box) return { dxMm, dyMm, guides: { x: null, y: null } };
  const snap = snapBox(offsetBox(box, dxMm, dyMm), layerGuides(zone, others), thresholdMm);
  return {
    dxMm: roundTo(dxMm + snap.dxMm, 0.001),
    dyMm: roundTo(dyMm + snap.dyMm, 0.001),
    guides: { x: snap.x, y: snap.y },
  };
}

/** A move of several layers shortened so every one's centre stays inside the bleed box. */
export function clampDelta(
  zone: Zone,
  layers: Layer[],
  dxMm: number,
  dyMm: number,
): { dxMm: number; dyMm: number } {
  const box = bleedBox(zone);
  let [dx, dy] = [dxMm, dyMm];
  for (const l of layers) {
    dx = Math.min(box.xMm + box.widthMm - l.xMm, Math.max(box.xMm - l.xMm, dx));
    dy = Math.min(box.yMm + box.heightMm - l.yMm, Math.max(box.yMm - l.yMm, dy));
  }
  return { dxMm: dx, dyMm: dy };
}

/** An angle in degrees in the range (-180, 180]. */
export function normaliseDeg(deg: number): number {
  const r = ((((deg + 180) % 360) + 360) % 360) - 180;
  return r === -180 ? 180 : r;
}

/**
 * A rotation after snapping: to multiples of 15° with Shift, otherwise to 0/90/180/270 when
 * within 3°. Normalised to (-180, 180] and rounded to 0.1°.
 */
export function snapRotation(deg: number, shift: boolean): number {
  const d = normaliseDeg(deg);
  if (shift) return normaliseDeg(Math.round(d / ROTATE_STEP_DEG) * ROTATE_STEP_DEG);
  const quarter = Math.round(d / 90) * 90;
  if (Math.abs(d - quarter) <= ROTATE_SNAP_DEG) return normaliseDeg(quarter);
  return roundTo(d, 0.1);
}

/** The direction from `centre` to `point` in degrees, clockwise from +x (y down, as SVG rotates). */
export function angleDeg(centre: ZonePoint, point: ZonePoint): number {
  return (Math.atan2(point.yMm - centre.yMm, point.xMm - centre.xMm) * 180) / Math.PI;
}

/** Straight-line distance between two zone points, in mm. */
export function distanceMm(a: ZonePoint, b: ZonePoint): number {
  return Math.hypot(b.xMm - a.xMm, b.yMm - a.yMm);
}

/** The size a layer scales by: text its font size, images their width. */
export function scaleValue(layer: Layer): number {
  return layerKind(layer).scale.value(layer);
}

/** The patch that scales a layer uniformly about its centre by `factor` (at least 1 mm). */
export function scalePatch(layer: Layer, factor: number): ZoneEditorPatch {
  // The kind's upper limit, so a wild drag never produces a layer validation rejects.
  const { scale } = layerKind(layer);
  const value = roundTo(Math.min(scale.maxMm, Math.max(MIN_SIZE_MM, scaleValue(layer) * factor)));
  return scale.patch(layer, value);
}

/** The patch that moves a layer's centre by (dx, dy) mm, kept inside the bleed box. */
export function movePatch(zone: Zone, layer: Layer, dxMm: number, dyMm: number): ZoneEditorPatch {
  const point = clampToBleed(zone, { xMm: layer.xMm + dxMm, yMm: layer.yMm + dyMm });
  return { xMm: roundTo(point.xMm), yMm: roundTo(point.yMm) };
}

/**
 * Where the rotate handle sits: `offsetMm` beyond the middle of the layer's top edge (in the
 * layer's own frame), or beyond the bottom edge when the top spot falls outside the bleed box.
 */
export function rotateHandlePoint(
  zone: Zone,
  layer: Layer,
  size: LayerSize,
  offsetMm: number,
): { handle: ZonePoint; edge: ZonePoint } {
  const radians = (layer.rotationDeg * Math.PI) / 180;
  // The layer's local "up" (0, -1) rotated into zone coordinates.
  const up = { x: Math.sin(radians), y: -Math.cos(radians) };
  const at = (side: 1 | -1, reach: number): ZonePoint => ({
    xMm: layer.xMm + side * up.x * reach,
    yMm: layer.yMm + side * up.y * reach,
  });
  const half = size.heightMm / 2;
  const top = at(1, half + offsetMm);
  const box = bleedBox(zone);
  const inside =
    top.xMm >= box.xMm &&
    top.xMm <= box.xMm + box.widthMm &&
    top.yMm >= box.yMm &&
    top.yMm <= box.yMm + box.heightMm;
  return inside
    ? { handle: top, edge: at(1, half) }
    : { handle: at(-1, half + offsetMm), edge: at(-1, half) };
}
