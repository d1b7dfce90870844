'use client';
import { useEffect } from 'react';
import { useEditor } from './editor-context';
import s from './configurator.module.css';

/** Undo and redo buttons, plus Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z outside text fields. */
export function HistoryButtons() {
  const canUndo = useEditor((st) => st.past.length > 0);
  const canRedo = useEditor((st) => st.future.length > 0);
  const undo = useEditor((st) => st.undo);
  const redo = useEditor((st) => st.redo);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      // Text fields keep their own, native undo.
      if (target.closest('input, textarea, select') || !(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <>
      <button type="button" className={s.button} disabled={!canUndo} onClick={undo}>
        Undo
      </button>
      <button type="button" className={s.button} disabled={!canRedo} onClick={redo}>
        Redo
      </button>
    </>
  );
}
