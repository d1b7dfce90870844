// The zone editor's keyboard: which key does what, as pure functions the tests can drive.
import type { Arrange } from '@/lib/design/layer-ops';
import type { Layer } from '@/lib/design/schema';
import type { Zone } from '@/lib/templates/schema';
import { movePatch, normaliseDeg, roundTo, scalePatch, type ZoneEditorPatch } from './geometry';

export type KeyAction =
  | { kind: 'move'; dxMm: number; dyMm: number }
  | { kind: 'scale'; factor: number }
  | { kind: 'rotate'; deltaDeg: number }
  | { kind: 'cycle'; step: 1 | -1 }
  | { kind: 'deselect' }
  | { kind: 'arrange'; move: Arrange }
  | { kind: 'duplicate' }
  | { kind: 'lock' }
  | { kind: 'selectAll' }
  | { kind: 'delete' };

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
/** , and . rotate by this many degrees. */
export const ROTATE_KEY_DEG = 5;

const arrows: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** What a key press asks for; undefined for keys the editor leaves to the browser. */
export function keyAction(e: KeyInput): KeyAction | undefined {
  // Of the Ctrl/Cmd combinations the editor takes a few; the rest (zoom, undo) are the browser's and the app's.
  if (e.ctrlKey || e.metaKey) return commandKey(e);
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
    case ',':
    case '<':
      return { kind: 'rotate', deltaDeg: -ROTATE_KEY_DEG };
    case '.':
    case '>':
      return { kind: 'rotate', deltaDeg: ROTATE_KEY_DEG };
    case '[':
      return { kind: 'arrange', move: 'backward' };
    case ']':
      return { kind: 'arrange', move: 'forward' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'Escape':
      return { kind: 'deselect' };
    default:
      return undefined;
  }
}

/** Ctrl/Cmd with [ ] D L A: to the back or front, duplicate, lock, select all. */
function commandKey(e: KeyInput): KeyAction | undefined {
  if (e.altKey || e.shiftKey) return undefined;
  switch (e.key.toLowerCase()) {
    case '[':
      return { kind: 'arrange', move: 'back' };
    case ']':
      return { kind: 'arrange', move: 'front' };
    case 'd':
      return { kind: 'duplicate' };
    case 'l':
      return { kind: 'lock' };
    case 'a':
      return { kind: 'selectAll' };
    default:
      return undefined;
  }
}

/** The keyboard shortcuts as the help lists them. */
export const SHORTCUTS: ReadonlyArray<{ keys: string; does: string }> = [
  { keys: 'Arrow keys', does: 'Move the selected layers 1 mm (with Shift: 10 mm)' },
  { keys: '+ and -', does: 'Make the selected layers larger or smaller' },
  { keys: ', and .', does: 'Turn the selected layers 5° left or right' },
  { keys: '] and [', does: 'Bring forward, send backward' },
  { keys: 'Ctrl+] and Ctrl+[', does: 'Bring to front, send to back' },
  { keys: 'Ctrl+D', does: 'Duplicate' },
  { keys: 'Ctrl+L', does: 'Lock or unlock' },
  { keys: 'Ctrl+A', does: 'Select every layer of the zone' },
  { keys: 'Delete', does: 'Delete the selected layers' },
  { keys: 'Page Up and Page Down', does: 'Select the layer above or below' },
  { keys: 'Shift+click, Ctrl+click', does: 'Add a layer to the selection or take it out' },
  { keys: 'Escape', does: 'Deselect' },
  { keys: 'Ctrl+Z, Ctrl+Shift+Z', does: 'Undo, redo' },
];

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
