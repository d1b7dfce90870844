// One undo history for every editor (the shopper's design, the studio's template draft):
// plain values in, plain values out, so a store keeps it beside its document and the tests
// drive it without React.

/** The states before and after the present one, and the gesture that made the latest step. */
export type History<T> = {
  past: T[];
  future: T[];
  /** The gesture that produced the latest step: later commits of the same gesture merge into it. */
  lastGesture: string | null;
};

/** A history with nothing to undo or redo. */
export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], lastGesture: null };
}

/**
 * Records that `present` is being replaced. Consecutive commits with the same non-null
 * `gesture` (one drag, one typing burst) are one undo step; any commit clears the redo stack;
 * at most `limit` steps are kept (the oldest go first).
 */
export function commitHistory<T>(
  h: History<T>,
  present: T,
  gesture: string | null,
  limit: number,
): History<T> {
  const merge = gesture !== null && gesture === h.lastGesture;
  return {
    past: merge ? h.past : [...h.past, present].slice(-limit),
    future: [],
    lastGesture: gesture,
  };
}

/** The state to go back to and the history after it; undefined when there is nothing to undo. */
export function undoHistory<T>(h: History<T>, present: T): { present: T; history: History<T> } | undefined {
  const previous = h.past.at(-1);
  if (previous === undefined) return undefined;
  return {
    present: previous,
    history: { past: h.past.slice(0, -1), future: [present, ...h.future], lastGesture: null },
  };
}

/** The state to go forward to and the history after it; undefined when there is nothing to redo. */
export function redoHistory<T>(h: History<T>, present: T): { present: T; history: History<T> } | undefined {
  const [next, ...rest] = h.future;
  if (next === undefined) return undefined;
  return { present: next, history: { past: [...h.past, present], future: rest, lastGesture: null } };
}

/** Whether there is a step to undo / redo (the history buttons' state). */
export const canUndo = (h: Pick<History<unknown>, 'past'>) => h.past.length > 0;
export const canRedo = (h: Pick<History<unknown>, 'future'>) => h.future.length > 0;

let gestureCounter = 0;

/** A fresh gesture id for one drag or one burst of key presses, unique for the life of the page. */
export function newGestureId(kind: string): string {
  gestureCounter += 1;
  return `${kind}-${Date.now().toString(36)}-${gestureCounter}`;
}
