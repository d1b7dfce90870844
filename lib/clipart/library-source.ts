// The starter library as the server (and the tests) reach it: imported with the module, so every
// lookup answers at once. The browser resolves `#clipart-library` to library-source.browser.ts
// instead (package.json "imports"), which loads the library only when the shopper opens the picker.
import { LIBRARY_CLIPART, type ClipartItem } from './library';

const LIBRARY: ReadonlyMap<string, ClipartItem> = new Map(LIBRARY_CLIPART.map((item) => [item.id, item]));

/** The library icon with this id, if there is one. */
export const libraryClipartItem = (id: string): ClipartItem | undefined => LIBRARY.get(id);

/** Nothing to do here: the whole library is at hand. */
export function seedLibraryClipart(items: readonly ClipartItem[]): void {
  void items;
}

/** Every library item, in category order. */
export const loadLibraryClipart = (): Promise<readonly ClipartItem[]> => Promise.resolve(LIBRARY_CLIPART);
