// The template editor's state: one store per editor (zustand vanilla behind a React provider).
// It holds the draft document and what the brand is looking at; validity is derived from the
// document with parseTemplate, never stored. Save state lives here too so every part of the
// page (the status line, the publish button, the leave-page guard) reads the same truth.
import { createStore } from 'zustand/vanilla';
import { commitHistory, emptyHistory, redoHistory, undoHistory, type History } from '../editor/history';
import type { TemplateInput } from '../templates/schema';
import { setIn, type Path } from './edit';
import type { SectionId } from './field-issues';

const HISTORY_LIMIT = 200;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** A save failed for a reason that may pass (the network, the server restarting). */
  | { kind: 'retrying'; message: string; attempt: number }
  /** Someone else saved a newer draft: nothing more is saved until the brand decides. */
  | { kind: 'conflict'; savedBy: string | null; savedAt: string | null; revision: number }
  /** A save was refused for good (signed out, too large). */
  | { kind: 'error'; message: string };

export type DraftSnapshot = {
  doc: TemplateInput;
  revision: number;
  savedAt: string | null;
  savedBy: string | null;
};

export type DraftState = History<TemplateInput> & {
  slug: string;
  doc: TemplateInput;
  /** The document the server holds at `revision`: the draft is dirty while doc !== savedDoc. */
  savedDoc: TemplateInput;
  revision: number;
  savedAt: string | null;
  savedBy: string | null;
  status: SaveStatus;
  latestVersion: number | null;
  /** The latest published version's document (for "what will change"), null before the first. */
  publishedDoc: TemplateInput | null;
  /** The server holds changes that are not published (as of the last save). */
  unpublished: boolean;
  section: SectionId;
  selectedZoneId: string | null;
  /** What the 3D preview shows: a size and a choice per option (defaults until the brand picks). */
  previewVariantId: string | null;
  previewSelection: Record<string, string>;
};

export type DraftActions = {
  /** Sets one field. Edits with the same gesture (typing in one field, one drag) are one undo step. */
  edit: (path: Path, value: unknown, gesture?: string) => void;
  /** Any other change of the document (adding or removing list items). */
  change: (recipe: (doc: TemplateInput) => TemplateInput, gesture?: string) => void;
  undo: () => void;
  redo: () => void;
  setSection: (section: SectionId) => void;
  selectZone: (zoneId: string | null) => void;
  setPreviewVariant: (variantId: string) => void;
  setPreviewChoice: (optionId: string, choiceId: string) => void;
  saveStarted: () => void;
  /** The server stored `doc` (what was sent, maybe older than the current doc) as `revision`. */
  saveSucceeded: (sent: TemplateInput, revision: number, savedAt: string, unpublished: boolean) => void;
  saveFailed: (message: string, attempt: number) => void;
  saveRefused: (message: string) => void;
  saveConflict: (conflict: { savedBy: string | null; savedAt: string | null; revision: number }) => void;
  /** Replaces the draft with the server's (after a conflict, the brand chose theirs). */
  reload: (snapshot: DraftSnapshot) => void;
  /** Forgets the unsaved changes (the brand chose to load someone else's draft instead). */
  discard: () => void;
  /** Takes the server's revision as the base of the local draft (the brand chose to keep theirs). */
  rebase: (revision: number) => void;
  published: (version: number, revision: number) => void;
};

export type DraftStore = ReturnType<typeof createDraftStore>;

/** True while the document has changes the server does not have. */
export const isDirty = (s: DraftState) => s.doc !== s.savedDoc;

export type DraftInit = DraftSnapshot & {
  slug: string;
  latestVersion: number | null;
  publishedDoc: TemplateInput | null;
  unpublished: boolean;
};

/** Creates the store for one editor, starting from the draft as the server holds it. */
export function createDraftStore(init: DraftInit) {
  return createStore<DraftState & DraftActions>()((set, get) => {
    const commit = (next: TemplateInput, gesture: string | null) => {
      const state = get();
      if (next === state.doc) return;
      set({ doc: next, ...commitHistory(state, state.doc, gesture, HISTORY_LIMIT) });
    };

    return {
      slug: init.slug,
      doc: init.doc,
      savedDoc: init.doc,
      revision: init.revision,
      savedAt: init.savedAt,
      savedBy: init.savedBy,
      status: { kind: 'idle' },
      latestVersion: init.latestVersion,
      publishedDoc: init.publishedDoc,
      unpublished: init.unpublished,
      ...emptyHistory<TemplateInput>(),
      section: 'product',
      selectedZoneId: init.doc.zones[0]?.id ?? null,
      previewVariantId: null,
      previewSelection: {},

      edit: (path, value, gesture) => commit(setIn(get().doc, path, value), gesture ?? null),
      change: (recipe, gesture) => commit(recipe(get().doc), gesture ?? null),
      undo: () => {
        const step = undoHistory(get(), get().doc);
        if (step) set({ doc: step.present, ...step.history });
      },
      redo: () => {
        const step = redoHistory(get(), get().doc);
        if (step) set({ doc: step.present, ...step.history });
      },
      setSection: (section) => set({ section }),
      selectZone: (selectedZoneId) => set({ selectedZoneId }),
      setPreviewVariant: (previewVariantId) => set({ previewVariantId }),
      setPreviewChoice: (optionId, choiceId) =>
        set({ previewSelection: { ...get().previewSelection, [optionId]: choiceId } }),

      saveStarted: () => set({ status: { kind: 'saving' } }),
      saveSucceeded: (sent, revision, savedAt, unpublished) =>
        set({ savedDoc: sent, revision, savedAt, unpublished, status: { kind: 'idle' } }),
      saveFailed: (message, attempt) => set({ status: { kind: 'retrying', message, attempt } }),
      saveRefused: (message) => set({ status: { kind: 'error', message } }),
      saveConflict: (conflict) => set({ status: { kind: 'conflict', ...conflict } }),
      reload: (s) =>
        set({
          doc: s.doc,
          savedDoc: s.doc,
          revision: s.revision,
          savedAt: s.savedAt,
          savedBy: s.savedBy,
          status: { kind: 'idle' },
          ...emptyHistory<TemplateInput>(),
        }),
      discard: () => set({ savedDoc: get().doc, status: { kind: 'idle' } }),
      rebase: (revision) => set({ revision, status: { kind: 'idle' } }),
      published: (latestVersion, revision) =>
        set({
          latestVersion,
          revision,
          publishedDoc: get().savedDoc,
          unpublished: false,
          status: { kind: 'idle' },
        }),
    };
  });
}
