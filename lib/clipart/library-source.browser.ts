// The starter library in the browser: its 40 KB of SVG text are a chunk of their own, loaded
// when the shopper opens the clipart picker, not with the product page. The icons a design
// already uses come with the page (the server seeds them), so it draws at once.
// Same names as library-source.ts (the server's); package.json "imports" picks one by condition.
import type { ClipartItem } from './library';

const known = new Map<string, ClipartItem>();
let loading: Promise<readonly ClipartItem[]> | undefined;

/** The library icon with this id, if it is known yet (seeded or loaded). */
export const libraryClipartItem = (id: string): ClipartItem | undefined => known.get(id);

/** Makes the icons a design starts with known before its first render. */
export function seedLibraryClipart(items: readonly ClipartItem[]): void {
  for (const item of items) if (item.source === 'library') known.set(item.id, item);
}

/** Every library item, in category order, loading their chunk on the first call. */
export function loadLibraryClipart(): Promise<readonly ClipartItem[]> {
  loading ??= import('./library').then((m) => {
    seedLibraryClipart(m.LIBRARY_CLIPART);
    return m.LIBRARY_CLIPART;
  });
  return loading;
}
