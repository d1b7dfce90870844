'use client';
import { useEffect } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { canRedo, canUndo, type History } from '@/lib/editor/history';

/** What the buttons need of an editor's store: its history and the two moves through it. */
export type UndoableState = Pick<History<unknown>, 'past' | 'future'> & {
  undo: () => void;
  redo: () => void;
};

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Undo and redo for any editor's store, plus Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y (⌘ on a Mac)
 * outside text fields, which keep their own native undo.
 */
export function HistoryButtons<S extends UndoableState>({
  store,
  className,
}: {
  store: StoreApi<S>;
  className?: string;
}) {
  const undoable = useStore(store, canUndo);
  const redoable = useStore(store, canRedo);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || typing(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={!undoable}
        onClick={() => store.getState().undo()}
      >
        Undo
      </button>
      <button
        type="button"
        className={className}
        disabled={!redoable}
        onClick={() => store.getState().redo()}
      >
        Redo
      </button>
    </>
  );
}
