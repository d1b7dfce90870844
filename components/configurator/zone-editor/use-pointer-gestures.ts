import { useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useDrag } from '@/components/editor/use-drag';
import { clickSelection, isLocked } from '@/lib/design/layer-ops';
import type { Layer } from '@/lib/design/schema';
import { DRAG_THRESHOLD_PX, screenDeltaToMm, type Box } from '@/lib/editor/drag';
import { layerBounds, type LayerSize, type ZonePoint } from '@/lib/render/layer-geometry';
import {
  angleDeg,
  clampDelta,
  clientToZone,
  distanceMm,
  roundTo,
  scalePatch,
  snapMove,
  snapRotation,
  SNAP_PX,
  type LayerEditing,
  type ZoneEditorPatch,
} from './geometry';

type Gesture =
  | { kind: 'move'; layers: Layer[]; boxes: Box[]; others: Box[] }
  | { kind: 'scale'; layer: Layer; startDistance: number }
  | { kind: 'rotate'; layer: Layer; startAngle: number };

/** The guide lines a drag has snapped to (x of a vertical line, y of a horizontal one), to draw them. */
export type Guides = { x: number | null; y: number | null };

type Options = LayerEditing & { sizes: Map<string, LayerSize | undefined>; mmPerPx: number };

const NO_GUIDES: Guides = { x: null, y: null };

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
 * Pointer handlers for the overlay <svg>, on the shared drag kernel (use-drag): drag a layer
 * to move the selection (snapping to the zone's and the other layers' edges and centre lines),
 * a corner handle to scale it, the rotate handle to turn it; Shift/Ctrl+click adds or removes
 * a layer from the selection. Locked layers are selected but never moved.
 */
export function usePointerGestures({
  zone,
  layers,
  selectedIds,
  onSelect,
  onChange,
  sizes,
  mmPerPx,
}: Options) {
  const [guides, setGuides] = useState<Guides>(NO_GUIDES);
  const showGuides = (next: Guides) =>
    setGuides((prev) => (prev.x === next.x && prev.y === next.y ? prev : next));
  const boxOf = (l: Layer): Box => {
    const size = sizes.get(l.id);
    return size ? layerBounds(l, size) : { left: l.xMm, right: l.xMm, top: l.yMm, bottom: l.yMm };
  };

  const begin = (e: ReactPointerEvent<SVGSVGElement>) => {
    const point = toZone(e.currentTarget, e);
    if (!point) return null;
    const { handle, layerId } = pressed(e.target);
    const only = selectedIds.length === 1 ? layers.find((l) => l.id === selectedIds[0]) : undefined;
    const single = only && !isLocked(only) ? only : undefined;
    const centre = single && { xMm: single.xMm, yMm: single.yMm };
    if (handle === 'scale' && single && centre)
      return {
        kind: 'scale',
        gesture: { kind: 'scale', layer: single, startDistance: distanceMm(centre, point) } as Gesture,
      };
    if (handle === 'rotate' && single && centre)
      return {
        kind: 'rotate',
        gesture: { kind: 'rotate', layer: single, startAngle: angleDeg(centre, point) } as Gesture,
      };
    const layer = layers.find((l) => l.id === layerId);
    const additive = e.shiftKey || e.ctrlKey || e.metaKey;
    if (!layer) {
      if (!additive) onSelect([]);
      return null;
    }
    if (additive) {
      onSelect(clickSelection(selectedIds, layer.id, true));
      return null;
    }
    const ids = selectedIds.includes(layer.id) ? selectedIds : [layer.id];
    if (ids !== selectedIds) onSelect(ids);
    const moving = layers.filter((l) => ids.includes(l.id) && !isLocked(l));
    if (moving.length === 0) return null;
    const others = layers.filter((l) => !ids.includes(l.id)).map(boxOf);
    const gesture: Gesture = { kind: 'move', layers: moving, boxes: moving.map(boxOf), others };
    return { kind: 'move', gesture, thresholdPx: DRAG_THRESHOLD_PX };
  };

  const handlers = useDrag<Gesture>({
    begin,
    move: ({ gesture: g, id, start }, e) => {
      if (g.kind === 'move') {
        const raw = screenDeltaToMm(e.clientX - start.x, e.clientY - start.y, mmPerPx);
        const snapped = snapMove(zone, g.boxes, g.others, raw.dxMm, raw.dyMm, SNAP_PX * mmPerPx);
        const d = clampDelta(zone, g.layers, snapped.dxMm, snapped.dyMm);
        // A guide shows only while the layers really sit on it (not held back by the bleed).
        showGuides({
          x: d.dxMm === snapped.dxMm ? snapped.guides.x : null,
          y: d.dyMm === snapped.dyMm ? snapped.guides.y : null,
        });
        const patches: Record<string, ZoneEditorPatch> = {};
        for (const l of g.layers)
          patches[l.id] = { xMm: roundTo(l.xMm + d.dxMm), yMm: roundTo(l.yMm + d.dyMm) };
        onChange(patches, id);
        return;
      }
      const point = toZone(e.currentTarget, e);
      if (!point) return;
      const { layer } = g;
      const centre = { xMm: layer.xMm, yMm: layer.yMm };
      if (g.kind === 'scale') {
        if (g.startDistance < 0.01) return;
        onChange({ [layer.id]: scalePatch(layer, distanceMm(centre, point) / g.startDistance) }, id);
      } else {
        const rotationDeg = snapRotation(
          layer.rotationDeg + angleDeg(centre, point) - g.startAngle,
          e.shiftKey,
        );
        onChange({ [layer.id]: { rotationDeg } }, id);
      }
    },
    end: () => showGuides(NO_GUIDES),
  });

  return { handlers, guides };
}
