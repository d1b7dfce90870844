import type { ClipartCategory } from './limits';
import library from './library.json' with { type: 'json' };

// The starter clipart library, shipped with the app: sanitized SVGs of Tabler Icons (MIT),
// made from node_modules/@tabler/icons by scripts/clipart-library.ts. Nothing is fetched at run time.

/** One clipart item, from the library or a brand's upload. */
export type ClipartItem = {
  id: string;
  name: string;
  category: ClipartCategory;
  svg: string;
  palette: string[];
  singleColour: boolean;
  source: 'library' | 'brand';
};

/** Every library item, in category order. */
export const LIBRARY_CLIPART = library as ClipartItem[];

/** Items grouped by category, categories in the order given. */
export function byCategory(
  items: readonly ClipartItem[],
): Array<{ category: ClipartCategory; items: ClipartItem[] }> {
  const groups = new Map<ClipartCategory, ClipartItem[]>();
  for (const item of items) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  return [...groups.entries()].map(([category, list]) => ({ category, items: list }));
}
