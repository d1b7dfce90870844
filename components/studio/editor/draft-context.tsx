'use client';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  createDraftStore,
  type DraftActions,
  type DraftInit,
  type DraftState,
  type DraftStore,
} from '@/lib/studio/draft-store';
import type { Path } from '@/lib/studio/edit';
import { groupIssues, issuesAt, type GroupedIssues } from '@/lib/studio/field-issues';
import { draftIssues } from '@/lib/studio/validate-draft';
import type { TemplateIssue } from '@/lib/templates/rules';

type Issues = { list: TemplateIssue[]; grouped: GroupedIssues };
const StoreContext = createContext<DraftStore | null>(null);
const IssuesContext = createContext<Issues | null>(null);

/** One draft store per editor, and the draft's issues, derived from its document on every change. */
export function DraftProvider({ init, children }: { init: DraftInit; children: ReactNode }) {
  const [store] = useState(() => createDraftStore(init));
  const doc = useStore(store, (s) => s.doc);
  const issues = useMemo(() => {
    const list = draftIssues(doc);
    return { list, grouped: groupIssues(list) };
  }, [doc]);
  return (
    <StoreContext.Provider value={store}>
      <IssuesContext.Provider value={issues}>{children}</IssuesContext.Provider>
    </StoreContext.Provider>
  );
}

/** The store itself, for reading outside render (autosave, event handlers). */
export function useDraftStore(): DraftStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Studio editor parts must be inside <DraftProvider>');
  return store;
}

/** A slice of the draft state; components re-render only when their slice changes. */
export function useDraft<T>(selector: (state: DraftState & DraftActions) => T): T {
  return useStore(useDraftStore(), selector);
}

/** Every issue of the draft, listed and grouped by field and section. */
export function useIssues(): Issues {
  const issues = useContext(IssuesContext);
  if (!issues) throw new Error('Studio editor parts must be inside <DraftProvider>');
  return issues;
}

/** The messages for the field at `path` (with `within`, for everything below it too). */
export function useFieldIssues(path: Path, within = false): string[] {
  return issuesAt(useIssues().grouped, path, { within });
}
