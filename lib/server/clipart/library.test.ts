import { describe, expect, it } from 'vitest';
import { LIBRARY_CLIPART, byCategory } from '../../clipart/library';
import { CLIPART_CATEGORIES } from '../../clipart/limits';
import { buildLibrary } from './library-build';

describe('the starter clipart library', () => {
  it('is what scripts/clipart-library.ts makes from the installed @tabler/icons', () => {
    expect(LIBRARY_CLIPART).toEqual(buildLibrary());
  });

  it('has six categories of ten single-colour icons, each with a viewBox and a unique id', () => {
    const groups = byCategory(LIBRARY_CLIPART);
    expect(groups.map((g) => g.category)).toEqual(CLIPART_CATEGORIES.filter((c) => c !== 'Brand'));
    expect(groups.every((g) => g.items.length === 10)).toBe(true);
    expect(new Set(LIBRARY_CLIPART.map((i) => i.id)).size).toBe(60);
    for (const item of LIBRARY_CLIPART) {
      expect(item.svg).toMatch(/^<svg [^>]*viewBox="0 0 24 24"/);
      expect(item).toMatchObject({ palette: ['#000000'], singleColour: true, source: 'library' });
    }
  });
});
