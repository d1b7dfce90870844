import { useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { newGestureId } from './gesture-id';
import type { LayerEditing } from './geometry';
import { cycleLayer, keyAction, keyPatch } from './keyboard';

type Options = LayerEditing;

/** Presses of the same kind on the same layer closer together than this are one undo step. */
const BURST_MS = 700;

/**
 * The editor's keydown handler (see keyAction for the keys). A held key, or quick presses of
 * one kind on one layer, share a gesture id so the parent undoes them in one step.
 */
export function useKeyboardEditing({ zone, layers, selectedLayerId, onSelect, onChange }: Options) {
  const last = useRef<{ burst: string; at: number; id: string } | null>(null);

  return (e: ReactKeyboardEvent) => {
    const action = keyAction(e);
    if (!action) return;
    if (action.kind === 'cycle') {
      const next = cycleLayer(layers, selectedLayerId, action.step);
      if (next === null) return;
      e.preventDefault();
      onSelect(next);
      return;
    }
    if (!selectedLayerId) return;
    const layer = layers.find((l) => l.id === selectedLayerId);
    if (!layer) return;
    e.preventDefault();
    if (action.kind === 'deselect') {
      onSelect(null);
      return;
    }
    const burst = `${action.kind}:${layer.id}`;
    const previous = last.current;
    const sameBurst = previous?.burst === burst && (e.repeat || e.timeStamp - previous.at < BURST_MS);
    const id = sameBurst ? previous.id : newGestureId(action.kind);
    last.current = { burst, at: e.timeStamp, id };
    onChange(layer.id, keyPatch(zone, layer, action), id);
  };
}
