// How far the product's model file has downloaded, for the page to show while it streams. A
// tiny store outside React: the loader (in the lazily loaded scene) writes, the preview panel
// (in the page's bundle) reads it through useSyncExternalStore.

/** Bytes received and expected (0 when the server did not say), or null when nothing is loading. */
export type LoadProgress = { loaded: number; total: number } | null;

let current: LoadProgress = null;
const listeners = new Set<() => void>();

/** Reports progress (or null when the download is over). */
export function setLoadProgress(next: LoadProgress): void {
  current = next;
  for (const listener of listeners) listener();
}

export function loadProgress(): LoadProgress {
  return current;
}

export function subscribeLoadProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
