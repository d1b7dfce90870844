import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadFontLibrary, type FontLibrary } from '../render/fonts';
import { FONTS } from '../templates/fonts';

/** The shipped fonts (default: all of them) read from public/, for rendering on the server. */
export function serverFontLibrary(ids: string[] = FONTS.map((font) => font.id)): Promise<FontLibrary> {
  return loadFontLibrary(ids, async (file) => {
    const bytes = await readFile(path.join(process.cwd(), 'public', file));
    // Copy into a standalone ArrayBuffer: a Buffer may be a view into Node's shared pool.
    return new Uint8Array(bytes).buffer;
  });
}
