'use client';
import { createContext, useContext, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { Design } from '@/lib/design/schema';
import {
  createEditorStore,
  type EditorActions,
  type EditorState,
  type EditorStore,
} from '@/lib/design/store';
import type { Template } from '@/lib/templates/schema';

// `preview`: the studio's "try as shopper" of an unpublished draft, which has no version to
// save designs against or to order.
// `lastSaved`: the design as last saved, so sharing, adding to the cart and an embedding
// store's "save" reuse one saved copy of an unchanged design.
export type LastSaved = { design: Design; id: string; url: string };
type EditorContextValue = {
  store: EditorStore;
  template: Template;
  versionId: string;
  preview: boolean;
  lastSaved: RefObject<LastSaved | null>;
};

const EditorContext = createContext<EditorContextValue | null>(null);

/** One editor store per configurator, created once and shared by its panels. */
export function EditorProvider({
  template,
  versionId,
  initial,
  preview = false,
  children,
}: {
  template: Template;
  versionId: string;
  initial: Design;
  preview?: boolean;
  children: ReactNode;
}) {
  const lastSaved = useRef<LastSaved | null>(null);
  const [value] = useState(() => ({
    store: createEditorStore(template, initial),
    template,
    versionId,
    preview,
    lastSaved,
  }));
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

function useEditorContext(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor must be used inside <EditorProvider>');
  return value;
}

/** The editor store itself, for code that acts outside React's render (an embedding store's commands). */
export function useEditorStore(): EditorStore {
  return useEditorContext().store;
}

/** The last saved copy of the design (see LastSaved). */
export function useLastSaved(): RefObject<LastSaved | null> {
  return useEditorContext().lastSaved;
}

/** Reads a slice of the editor state; components re-render only when their slice changes. */
export function useEditor<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useEditorContext().store, selector);
}

/** The template being configured, the id of its published version, and whether this is a studio preview. */
export function useTemplate(): { template: Template; versionId: string; preview: boolean } {
  const { template, versionId, preview } = useEditorContext();
  return { template, versionId, preview };
}
