// Fonts for the zone renderer, parsed with opentype.js so text becomes outlines that look the
// same in the browser preview and in the print files. Reading the bytes is the caller's job
// (fetch in the browser, fs on the server), which keeps this module free of platform APIs.
import type { Font } from 'opentype.js';
import { fontFile } from '../templates/fonts';

/** Parsed fonts by font id; undefined for an id that is unknown or was not loaded. */
export type FontLibrary = { font(id: string): Font | undefined };

// One parse per file for the life of the page or server process: a .woff takes milliseconds
// to inflate and parse, and every editor, preview and print job asks for the same few files.
// Promises are cached so that concurrent loads of one file share a single read.
const parsed = new Map<string, Promise<Font>>();

function loadFile(file: string, readFile: (file: string) => Promise<ArrayBuffer>): Promise<Font> {
  let font = parsed.get(file);
  if (!font) {
    // opentype.js (200 KB) is loaded with the first font, not with the page that may need it.
    font = Promise.all([readFile(file), import('opentype.js')]).then(([bytes, { parse }]) => parse(bytes));
    // A failed read (a network blip) must not poison the cache for the next attempt.
    font.catch(() => parsed.delete(file));
    parsed.set(file, font);
  }
  return font;
}

/**
 * Loads the fonts with these ids (see lib/templates/fonts). `readFile` gets the font's path
 * under public/, e.g. 'fonts/inter-latin-400-normal.woff'. Unknown ids are left out.
 */
export async function loadFontLibrary(
  ids: string[],
  readFile: (file: string) => Promise<ArrayBuffer>,
): Promise<FontLibrary> {
  const faces = [...new Set(ids)].flatMap((id) => {
    const file = fontFile(id);
    return file ? [{ id, file }] : [];
  });
  // A brand font that cannot be read (deleted since) is left out, as an unknown id is.
  const loaded = await Promise.all(
    faces.map(async (face) => [face.id, await loadFile(face.file, readFile).catch(() => undefined)] as const),
  );
  const byId = new Map(loaded.filter((entry): entry is [string, Font] => entry[1] !== undefined));
  return { font: (id) => byId.get(id) };
}
