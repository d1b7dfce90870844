'use client';
import { useEffect, useState } from 'react';
import { saveDraft } from '@/lib/server/actions/save-draft';
import { createAutosaver } from '@/lib/studio/autosaver';
import { isDirty, type DraftStore } from '@/lib/studio/draft-store';

/** Autosaves the draft through the saveDraft action; leaving the page with unsaved changes asks first. */
export function useAutosave(store: DraftStore): { flush: () => Promise<boolean> } {
  const [autosaver] = useState(() => createAutosaver(store, saveDraft));
  useEffect(() => autosaver.start(), [autosaver]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      const state = store.getState();
      if (isDirty(state) || state.status.kind === 'saving') event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);
  return { flush: autosaver.flush };
}
