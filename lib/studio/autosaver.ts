// The draft's autosave, apart from React so it can be tested with fake timers: saves a second
// after the last change, on top of the revision the edits were based on. Network and server
// failures are retried with growing pauses; a conflict (someone else saved) or a refusal
// stops saving until the brand decides.
import { isDirty, type DraftStore } from './draft-store';
import type { TemplateInput } from '../templates/schema';

export type SaveResponse =
  | { ok: true; revision: number; savedAt: string; hasDraft: boolean }
  | {
      ok: false;
      error: string;
      conflict?: { savedBy: string | null; savedAt: string | null; revision: number };
      retryable?: boolean;
    };

export type SaveFn = (input: {
  slug: string;
  revision: number;
  document: TemplateInput;
}) => Promise<SaveResponse>;

export type Autosaver = {
  /** Starts watching the store; returns the function that stops it (saving what is pending). */
  start: () => () => void;
  /** Saves pending changes now; true when the server has everything. */
  flush: () => Promise<boolean>;
};

export const DEBOUNCE_MS = 1000;
const MAX_RETRY_MS = 30_000;

/** An autosave for one draft store, saving through `saveFn` (the server action). */
export function createAutosaver(store: DraftStore, saveFn: SaveFn, debounceMs = DEBOUNCE_MS): Autosaver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let attempt = 0;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void save(), ms);
  };

  async function run(): Promise<void> {
    const state = store.getState();
    const sent = state.doc;
    state.saveStarted();
    try {
      const result = await saveFn({ slug: state.slug, revision: state.revision, document: sent });
      if (result.ok) {
        attempt = 0;
        store.getState().saveSucceeded(sent, result.revision, result.savedAt, result.hasDraft);
      } else if (result.conflict) store.getState().saveConflict(result.conflict);
      else if (result.retryable) throw new Error(result.error);
      else store.getState().saveRefused(result.error);
    } catch {
      attempt += 1;
      store.getState().saveFailed('Couldn’t save — retrying', attempt);
      schedule(Math.min(MAX_RETRY_MS, 1000 * 2 ** attempt));
    }
  }

  function save(): Promise<void> {
    if (inFlight) return inFlight;
    const state = store.getState();
    if (!isDirty(state) || state.status.kind === 'conflict' || state.status.kind === 'error')
      return Promise.resolve();
    inFlight = run().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    start: () => {
      const stop = store.subscribe((state, previous) => {
        const edited = state.doc !== previous.doc;
        const settled = state.status !== previous.status && state.status.kind === 'idle';
        // While retrying, the retry's own timer stands; after a conflict or refusal nothing is saved.
        const saving = state.status.kind === 'idle' || state.status.kind === 'saving';
        if ((edited || settled) && saving && isDirty(state)) schedule(debounceMs);
      });
      return () => {
        stop();
        clearTimeout(timer);
        // Leaving the editor inside the debounce (a link to another studio page) saves at once
        // rather than dropping the last edits.
        void save();
      };
    },
    flush: async () => {
      clearTimeout(timer);
      await inFlight;
      await save();
      const state = store.getState();
      return !isDirty(state) && state.status.kind === 'idle';
    },
  };
}
