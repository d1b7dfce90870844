'use client';
import { useEffect } from 'react';
import { useDraft, useDraftStore } from './draft-context';
import b from '../studio.module.css';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Undo and redo for the whole draft; Ctrl+Z and Ctrl+Shift+Z (⌘ on a Mac) outside text fields. */
export function HistoryButtons() {
  const store = useDraftStore();
  const canUndo = useDraft((s) => s.past.length > 0);
  const canRedo = useDraft((s) => s.future.length > 0);
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
      <button type="button" className={b.button} disabled={!canUndo} onClick={() => store.getState().undo()}>
        Undo
      </button>
      <button type="button" className={b.button} disabled={!canRedo} onClick={() => store.getState().redo()}>
        Redo
      </button>
    </>
  );
}
