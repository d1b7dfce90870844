import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { newGestureId } from '@/lib/editor/history';
import { pastThreshold, type ScreenPoint } from '@/lib/editor/drag';

/** What a press starts: the caller's own gesture data, and how far the pointer must travel first. */
export type DragStart<G> = { gesture: G; kind: string; thresholdPx?: number };

/** One drag as the callbacks see it: the caller's data, its undo gesture id and where it began. */
export type Drag<G> = { gesture: G; id: string; start: ScreenPoint; moved: boolean };

type Options<G, E extends Element> = {
  /** A press: return what it starts, or null to ignore it (the pointer is captured only for a drag). */
  begin: (e: ReactPointerEvent<E>) => DragStart<G> | null;
  /** A move past the threshold. Every change of one drag carries `drag.id`: one undo step. */
  move: (drag: Drag<G>, e: ReactPointerEvent<E>) => void;
  /** The drag ended (released, cancelled or the capture was lost). */
  end?: (drag: Drag<G>, e: ReactPointerEvent<E>) => void;
};

/**
 * The drag kernel's React half, shared by the shopper's zone editor and the studio's surface
 * editor: primary-button presses only, pointer capture, a tap-vs-drag threshold, one gesture
 * id per drag, and one end however the drag stops. The drag in progress lives in a ref.
 */
export function useDrag<G, E extends Element = SVGSVGElement>({ begin, move, end }: Options<G, E>) {
  const active = useRef<(Drag<G> & { pointerId: number; thresholdPx: number }) | null>(null);

  const onPointerDown = (e: ReactPointerEvent<E>) => {
    if (active.current || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const started = begin(e);
    if (!started) return;
    active.current = {
      gesture: started.gesture,
      id: newGestureId(started.kind),
      start: { x: e.clientX, y: e.clientY },
      moved: false,
      pointerId: e.pointerId,
      thresholdPx: started.thresholdPx ?? 0,
    };
    e.currentTarget.setPointerCapture(e.pointerId);
  };

  const onPointerMove = (e: ReactPointerEvent<E>) => {
    const a = active.current;
    if (!a || a.pointerId !== e.pointerId) return;
    if (!a.moved && !pastThreshold(a.start, { x: e.clientX, y: e.clientY }, a.thresholdPx)) return;
    a.moved = true;
    move(a, e);
  };

  const onPointerEnd = (e: ReactPointerEvent<E>) => {
    const a = active.current;
    if (!a || a.pointerId !== e.pointerId) return;
    active.current = null;
    end?.(a, e);
  };

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: onPointerEnd,
    onPointerCancel: onPointerEnd,
    onLostPointerCapture: onPointerEnd,
  };
}
