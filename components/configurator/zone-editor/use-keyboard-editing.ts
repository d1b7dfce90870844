import { useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { isLocked } from '@/lib/design/layer-ops';
import { newGestureId } from '@/lib/editor/history';
import { clampDelta, roundTo, type LayerEditing, type ZoneEditorPatch } from './geometry';
import { cycleLayer, keyAction, keyPatch } from './keyboard';

/** Presses of the same kind on the same layers closer together than this are one undo step. */
const BURST_MS = 700;

/**
 * The editor's keydown handler (see keyAction for the keys). Moves, resizes and turns apply to
 * every selected layer that is not locked; a held key, or quick presses of one kind on one
 * selection, share a gesture id so the parent undoes them in one step.
 */
export function useKeyboardEditing({
  zone,
  layers,
  selectedIds,
  onSelect,
  onChange,
  onCommand,
}: LayerEditing) {
  const last = useRef<{ burst: string; at: number; id: string } | null>(null);

  return (e: ReactKeyboardEvent) => {
    const action = keyAction(e);
    if (!action) return;
    if (action.kind === 'cycle') {
      const next = cycleLayer(layers, selectedIds.at(-1) ?? null, action.step);
      if (next === null) return;
      e.preventDefault();
      onSelect([next]);
      return;
    }
    if (action.kind === 'selectAll') {
      e.preventDefault();
      onSelect(layers.map((l) => l.id));
      return;
    }
    const selected = layers.filter((l) => selectedIds.includes(l.id));
    if (selected.length === 0) return;
    e.preventDefault();
    if (action.kind === 'deselect') return onSelect([]);
    if (
      action.kind === 'arrange' ||
      action.kind === 'duplicate' ||
      action.kind === 'lock' ||
      action.kind === 'delete'
    )
      return onCommand(action);
    const movable = selected.filter((l) => !isLocked(l));
    if (movable.length === 0) return;
    const burst = `${action.kind}:${movable.map((l) => l.id).join(',')}`;
    const previous = last.current;
    const sameBurst = previous?.burst === burst && (e.repeat || e.timeStamp - previous.at < BURST_MS);
    const id = sameBurst ? previous.id : newGestureId(`key-${action.kind}`);
    last.current = { burst, at: e.timeStamp, id };
    const patches: Record<string, ZoneEditorPatch> = {};
    if (action.kind === 'move') {
      // The selection moves as one: the move stops where the first layer would leave the bleed.
      const d = clampDelta(zone, movable, action.dxMm, action.dyMm);
      for (const l of movable) patches[l.id] = { xMm: roundTo(l.xMm + d.dxMm), yMm: roundTo(l.yMm + d.dyMm) };
    } else for (const l of movable) patches[l.id] = keyPatch(zone, l, action);
    onChange(patches, id);
  };
}
