import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Layer } from '@/lib/design/schema';
import type { ZonePoint } from '@/lib/render/layer-geometry';
import { newGestureId } from './gesture-id';
import {
  angleDeg,
  clampToBleed,
  clientToZone,
  distanceMm,
  roundTo,
  scalePatch,
  snapCentre,
  snapRotation,
  type Snap,
  type LayerEditing,
} from './geometry';

type Gesture = { id: string; pointerId: number; layer: Layer } & (
  | { kind: 'move'; startClient: { x: number; y: number }; startPointer: ZonePoint; moved: boolean }
  | { kind: 'scale'; startDistance: number }
  | { kind: 'rotate'; startAngle: number }
);

type Options = LayerEditing;

/** A tap jitters by a pixel or two; a drag only starts moving the layer past this (CSS px). */
const DRAG_THRESHOLD_PX = 3;
const NO_SNAP: Snap = { x: false, y: false };

function toZone(svg: SVGSVGElement, e: { clientX: number; clientY: number }): ZonePoint | undefined {
  const matrix = svg.getScreenCTM();
  return matrix ? clientToZone(matrix.inverse(), e.clientX, e.clientY) : undefined;
}

/** What was pressed: a handle of the selected layer, a layer's hit area, or empty space. */
function pressed(target: EventTarget): { handle?: string; layerId?: string } {
  const element = target instanceof Element ? target.closest('[data-handle],[data-layer-id]') : null;
  return {
    handle: element?.getAttribute('data-handle') ?? undefined,
    layerId: element?.getAttribute('data-layer-id') ?? undefined,
  };
}

/**
 * Pointer handlers for the overlay <svg>: drag a layer to move it (snapping to the zone's
 * centre lines), a corner handle to scale it, the rotate handle to turn it. The gesture in
 * progress lives in a ref; the only state is which centre lines are snapped (for the guides).
 */
export function usePointerGestures({ zone, layers, selectedLayerId, onSelect, onChange }: Options) {
  const gesture = useRef<Gesture | null>(null);
  const [snap, setSnap] = useState<Snap>(NO_SNAP);
  const showSnap = (next: Snap) => setSnap((prev) => (prev.x === next.x && prev.y === next.y ? prev : next));

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (gesture.current || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const svg = e.currentTarget;
    const point = toZone(svg, e);
    if (!point) return;
    const { handle, layerId } = pressed(e.target);
    const selected = layers.find((l) => l.id === selectedLayerId);
    const base = { id: newGestureId(handle ?? 'move'), pointerId: e.pointerId };
    const centre = selected && { xMm: selected.xMm, yMm: selected.yMm };
    if (handle === 'scale' && selected && centre) {
      gesture.current = { ...base, kind: 'scale', layer: selected, startDistance: distanceMm(centre, point) };
    } else if (handle === 'rotate' && selected && centre) {
      gesture.current = { ...base, kind: 'rotate', layer: selected, startAngle: angleDeg(centre, point) };
    } else {
      const layer = layers.find((l) => l.id === layerId);
      if (!layer) {
        onSelect(null);
        return;
      }
      if (layer.id !== selectedLayerId) onSelect(layer.id);
      const startClient = { x: e.clientX, y: e.clientY };
      gesture.current = { ...base, kind: 'move', layer, startClient, startPointer: point, moved: false };
    }
    svg.setPointerCapture(e.pointerId);
  };

  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const g = gesture.current;
    if (!g || g.pointerId !== e.pointerId) return;
    const point = toZone(e.currentTarget, e);
    if (!point) return;
    const { layer } = g;
    const centre = { xMm: layer.xMm, yMm: layer.yMm };
    if (g.kind === 'move') {
      if (
        !g.moved &&
        Math.hypot(e.clientX - g.startClient.x, e.clientY - g.startClient.y) < DRAG_THRESHOLD_PX
      )
        return;
      g.moved = true;
      const raw = {
        xMm: layer.xMm + point.xMm - g.startPointer.xMm,
        yMm: layer.yMm + point.yMm - g.startPointer.yMm,
      };
      const snapped = snapCentre(zone, clampToBleed(zone, raw));
      showSnap(snapped.snap);
      onChange(layer.id, { xMm: roundTo(snapped.point.xMm), yMm: roundTo(snapped.point.yMm) }, g.id);
    } else if (g.kind === 'scale') {
      if (g.startDistance < 0.01) return;
      onChange(layer.id, scalePatch(layer, distanceMm(centre, point) / g.startDistance), g.id);
    } else {
      const rotationDeg = snapRotation(
        layer.rotationDeg + angleDeg(centre, point) - g.startAngle,
        e.shiftKey,
      );
      onChange(layer.id, { rotationDeg }, g.id);
    }
  };

  const onPointerEnd = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (gesture.current?.pointerId !== e.pointerId) return;
    gesture.current = null;
    showSnap(NO_SNAP);
  };

  const handlers = {
    onPointerDown,
    onPointerMove,
    onPointerUp: onPointerEnd,
    onPointerCancel: onPointerEnd,
    onLostPointerCapture: onPointerEnd,
  };
  return { handlers, snap };
}
