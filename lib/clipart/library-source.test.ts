import { describe, expect, it } from 'vitest';
import { LIBRARY_CLIPART } from './library';
import * as server from './library-source';
import * as browser from './library-source.browser';
import { brandClipartIds, libraryClipartOf } from '../layers/clipart/art';

const heart = LIBRARY_CLIPART.find((i) => i.id === 'tabler-filled-heart')!;

describe('the starter library by id', () => {
  it('is at hand at once on the server', async () => {
    expect(server.libraryClipartItem(heart.id)).toBe(heart);
    expect(await server.loadLibraryClipart()).toBe(LIBRARY_CLIPART);
  });

  it('in the browser knows the seeded icons at once and the rest once loaded', async () => {
    const other = LIBRARY_CLIPART.find((i) => i.id !== heart.id)!;
    browser.seedLibraryClipart([heart, { ...other, id: 'brand-x', source: 'brand' }]);
    expect(browser.libraryClipartItem(heart.id)).toBe(heart);
    expect(browser.libraryClipartItem('brand-x')).toBeUndefined();
    expect(browser.libraryClipartItem(other.id)).toBeUndefined();
    expect(await browser.loadLibraryClipart()).toHaveLength(LIBRARY_CLIPART.length);
    expect(browser.libraryClipartItem(other.id)).toEqual(other);
  });
});

describe('the library icons of a design', () => {
  it('are the library items its layers use, once each, without brand uploads', () => {
    const layers = [
      { kind: 'clipart', clipartId: heart.id },
      { kind: 'text' },
      { kind: 'clipart', clipartId: heart.id },
      { kind: 'clipart', clipartId: 'brand-upload-1' },
    ];
    expect(libraryClipartOf(layers)).toEqual([heart]);
    expect(brandClipartIds(layers)).toEqual(['brand-upload-1']);
  });
});
