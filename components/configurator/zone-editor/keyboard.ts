// The zone editor's keyboard: which key does what, as pure functions the tests can drive.
import type { Layer } from '@/lib/design/schema';
import type { Zone } from '@/lib/templates/schema';
import { movePatch, normaliseDeg, roundTo, scalePatch, type ZoneEditorPatch } from './geometry';

export type KeyAction =
  | { kind: 'move'; dxMm: number; dyMm: number }
  | { kind: 'scale'; factor: number }
  | { kind: 'rotate'; deltaDeg: number }
  | { kind: 'cycle'; step: 1 | -1 }
  | { kind: 'deselect' };

/** The parts of a keyboard event the editor reads. */
export type KeyInput = {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
};

/** How many mm an arrow key moves (Shift: the larger step). */
export const NUDGE_MM = 1;
export const BIG_NUDGE_MM = 10;
/** + and - scale by this factor (and its inverse, so + then - gets back to the start). */
export const SCALE_STEP = 1.05;
/** [ and ] rotate by this many degrees. */
export const ROTATE_KEY_DEG = 5;

const arrows: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** What a key press asks for; undefined for keys the editor leaves to the browser. */
export function keyAction(e: KeyInput): KeyAction | undefined {
  // Ctrl/Cmd combinations are the browser's and the app's (zoom, undo), never the editor's.
  if (e.ctrlKey || e.metaKey) return undefined;
  if (e.key === 'PageUp' || (e.altKey && e.key === 'ArrowUp')) return { kind: 'cycle', step: 1 };
  if (e.key === 'PageDown' || (e.altKey && e.key === 'ArrowDown')) return { kind: 'cycle', step: -1 };
  if (e.altKey) return undefined;
  const arrow = arrows[e.key];
  if (arrow) {
    const step = e.shiftKey ? BIG_NUDGE_MM : NUDGE_MM;
    return { kind: 'move', dxMm: arrow[0] * step, dyMm: arrow[1] * step };
  }
  switch (e.key) {
    case '+':
    case '=':
      return { kind: 'scale', factor: SCALE_STEP };
    case '-':
    case '_':
      return { kind: 'scale', factor: 1 / SCALE_STEP };
    case '[':
      return { kind: 'rotate', deltaDeg: -ROTATE_KEY_DEG };
    case ']':
      return { kind: 'rotate', deltaDeg: ROTATE_KEY_DEG };
    case 'Escape':
      return { kind: 'deselect' };
    default:
      return undefined;
  }
}

/** The patch a move, scale or rotate key makes to a layer. */
export function keyPatch(
  zone: Zone,
  layer: Layer,
  action: Extract<KeyAction, { kind: 'move' | 'scale' | 'rotate' }>,
): ZoneEditorPatch {
  switch (action.kind) {
    case 'move':
      return movePatch(zone, layer, action.dxMm, action.dyMm);
    case 'scale':
      return scalePatch(layer, action.factor);
    case 'rotate':
      return { rotationDeg: roundTo(normaliseDeg(layer.rotationDeg + action.deltaDeg), 0.1) };
  }
}

/**
 * The layer `step` places up (+1) or down (-1) the stack from the current one, wrapping
 * around; with nothing selected, the top layer (up) or the bottom one (down).
 */
export function cycleLayer(layers: Layer[], currentId: string | null, step: 1 | -1): string | null {
  if (layers.length === 0) return null;
  const index = layers.findIndex((l) => l.id === currentId);
  const next =
    index === -1 ? (step === 1 ? layers.length - 1 : 0) : (index + step + layers.length) % layers.length;
  return layers[next]?.id ?? null;
}
