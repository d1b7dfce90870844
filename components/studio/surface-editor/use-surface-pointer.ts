'use client';
import { useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { useDrag } from '@/components/editor/use-drag';
import type { Rect } from '@/lib/templates/geometry';
import type { TemplateInput } from '@/lib/templates/schema';
import {
  drawnRect,
  moveRect,
  placedRect,
  resizeRect,
  snapToCentre,
  storedRect,
  type Handle,
  type LaidOutSurface,
} from '@/lib/studio/surface-layout';
import { addZone } from '@/lib/studio/zone-edits';
import { useDraftStore } from '../editor/draft-context';

type Point = { xMm: number; yMm: number };
type Gesture = { surface: LaidOutSurface; start: Point } & (
  { kind: 'move' | 'resize'; index: number; handle: Handle | null; startRect: Rect } | { kind: 'draw' }
);

/** Snap to the centre line within this many screen pixels. */
const SNAP_PX = 8;

function toDrawing(svg: SVGSVGElement, e: { clientX: number; clientY: number }): Point | null {
  const matrix = svg.getScreenCTM();
  if (!matrix) return null;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
  return { xMm: p.x, yMm: p.y };
}

/**
 * Pointer gestures on the surface drawing: drag a zone to move it (snapping to the centre line),
 * a handle to resize it, empty surface to draw a new zone. One drag is one undo step (the
 * shared drag kernel, components/editor/use-drag.ts, gives each drag its gesture id).
 */
export function useSurfacePointer(
  svg: RefObject<SVGSVGElement | null>,
  surfaces: LaidOutSurface[],
  zones: TemplateInput['zones'],
  measurements: Record<string, number>,
  mmPerPx: number,
) {
  const store = useDraftStore();
  const [drawing, setDrawing] = useState<{ surfaceId: string; rect: Rect } | null>(null);
  const [snapped, setSnapped] = useState<string | null>(null);

  const local = (e: { clientX: number; clientY: number }, surface: LaidOutSurface): Point | null => {
    const p = svg.current && toDrawing(svg.current, e);
    return p ? { xMm: p.xMm - surface.offsetXMm, yMm: p.yMm } : null;
  };

  const begin = (e: ReactPointerEvent<SVGSVGElement>) => {
    const target = e.target instanceof Element ? e.target : null;
    const zoneIndex = Number(target?.closest('[data-zone-index]')?.getAttribute('data-zone-index') ?? NaN);
    const handle = (target?.closest('[data-handle]')?.getAttribute('data-handle') ?? null) as Handle | null;
    const surfaceId = target?.closest('[data-surface-id]')?.getAttribute('data-surface-id');
    const surface = surfaces.find((s) => s.id === surfaceId);
    if (!surface) return null;
    const start = local(e, surface);
    if (!start) return null;
    e.preventDefault();
    const zone = zones[zoneIndex];
    if (!zone) return { kind: 'draw', gesture: { kind: 'draw', surface, start } as Gesture };
    store.getState().selectZone(zone.id);
    const startRect = placedRect(zone.rect, zone.anchor ?? 'top-left', surface);
    const kind = handle ? 'resize' : 'move';
    return { kind, gesture: { kind, index: zoneIndex, handle, startRect, surface, start } as Gesture };
  };

  const handlers = useDrag<Gesture>({
    begin,
    move: ({ gesture: g, id }, e) => {
      const p = local(e, g.surface);
      if (!p) return;
      const dx = p.xMm - g.start.xMm;
      const dy = p.yMm - g.start.yMm;
      if (g.kind === 'draw') {
        const rect = drawnRect(g.start, p, g.surface);
        setDrawing(rect ? { surfaceId: g.surface.id, rect } : null);
        return;
      }
      const zone = zones[g.index];
      if (!zone) return;
      let next =
        g.kind === 'move'
          ? moveRect(g.startRect, dx, dy, g.surface)
          : resizeRect(g.startRect, g.handle ?? 'se', dx, dy, g.surface);
      if (g.kind === 'move') {
        const snap = snapToCentre(next, g.surface, SNAP_PX * mmPerPx);
        next = snap.rect;
        setSnapped(snap.snapped ? g.surface.id : null);
      }
      store
        .getState()
        .edit(['zones', g.index, 'rect'], storedRect(next, zone.anchor ?? 'top-left', g.surface), id);
    },
    end: ({ gesture: g }, e) => {
      setSnapped(null);
      if (g.kind !== 'draw') return;
      const p = local(e, g.surface);
      const rect = p && drawnRect(g.start, p, g.surface);
      setDrawing(null);
      if (!rect) return;
      const state = store.getState();
      const added = addZone(state.doc, g.surface.id, measurements, rect);
      state.change(() => added.doc);
      state.selectZone(added.zoneId);
    },
  });

  return { drawing, snapped, handlers };
}
