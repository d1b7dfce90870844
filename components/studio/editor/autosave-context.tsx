'use client';
import { createContext, useContext, type ReactNode } from 'react';
import { useDraftStore } from './draft-context';
import { useAutosave } from './use-autosave';

const FlushContext = createContext<(() => Promise<boolean>) | null>(null);

/** Runs the autosave for the editor and lets any part of it save now (before publishing, trying, renaming). */
export function AutosaveProvider({ children }: { children: ReactNode }) {
  const { flush } = useAutosave(useDraftStore());
  return <FlushContext.Provider value={flush}>{children}</FlushContext.Provider>;
}

/** Saves pending changes now; true when the server has everything. */
export function useFlush(): () => Promise<boolean> {
  const flush = useContext(FlushContext);
  if (!flush) throw new Error('useFlush must be used inside <AutosaveProvider>');
  return flush;
}
