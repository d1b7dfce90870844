// Gesture ids tell the parent which onChange calls belong to one undo step.
let counter = 0;

/** A fresh id for one drag or one burst of key presses, unique for the life of the page. */
export function newGestureId(kind: string): string {
  counter += 1;
  return `zone-editor-${kind}-${Date.now().toString(36)}-${counter}`;
}
