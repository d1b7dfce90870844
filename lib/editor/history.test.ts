import { describe, expect, it } from 'vitest';
import { commitHistory, emptyHistory, newGestureId, redoHistory, undoHistory, type History } from './history';

/** A tiny editor of one number, the way a store uses the history. */
function editor(limit = 100) {
  let value = 0;
  let h: History<number> = emptyHistory();
  return {
    get value() {
      return value;
    },
    get history() {
      return h;
    },
    set(next: number, gesture: string | null = null) {
      h = commitHistory(h, value, gesture, limit);
      value = next;
    },
    undo() {
      const r = undoHistory(h, value);
      if (r) ({ present: value, history: h } = r);
    },
    redo() {
      const r = redoHistory(h, value);
      if (r) ({ present: value, history: h } = r);
    },
  };
}

describe('history', () => {
  it('undoes and redoes one commit at a time', () => {
    const e = editor();
    e.set(1);
    e.set(2);
    e.undo();
    expect(e.value).toBe(1);
    e.undo();
    expect(e.value).toBe(0);
    e.undo(); // nothing left
    expect(e.value).toBe(0);
    e.redo();
    e.redo();
    expect(e.value).toBe(2);
    e.redo(); // nothing left
    expect(e.value).toBe(2);
  });

  it('merges consecutive commits of one gesture into one step', () => {
    const e = editor();
    e.set(1);
    for (const v of [2, 3, 4]) e.set(v, 'drag-1');
    e.set(5, 'drag-2');
    expect(e.history.past).toEqual([0, 1, 4]);
    e.undo();
    expect(e.value).toBe(4);
    e.undo();
    expect(e.value).toBe(1);
  });

  it('does not merge a gesture resumed after an undo', () => {
    const e = editor();
    e.set(1, 'g');
    e.undo();
    e.set(2, 'g');
    e.set(3, 'g');
    e.undo();
    expect(e.value).toBe(0);
  });

  it('clears the redo stack on a new commit', () => {
    const e = editor();
    e.set(1);
    e.set(2);
    e.undo();
    e.set(7);
    e.redo();
    expect(e.value).toBe(7);
    expect(e.history.future).toEqual([]);
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const e = editor(3);
    for (let i = 1; i <= 10; i++) e.set(i);
    expect(e.history.past).toEqual([7, 8, 9]);
  });

  it('hands out distinct gesture ids', () => {
    expect(newGestureId('move')).not.toBe(newGestureId('move'));
  });
});
