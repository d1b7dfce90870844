import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadFontLibrary, type FontLibrary } from '../render/fonts';
import { FONTS } from '../templates/fonts';
import { readBrandFontBytes } from './brand-fonts';

/** The shipped fonts (default: all of them) read from public/, for rendering on the server. */
export function serverFontLibrary(ids: string[] = FONTS.map((font) => font.id)): Promise<FontLibrary> {
  return loadFontLibrary(ids, async (file) => {
    // Brand fonts live in the object store, served to browsers at the same path.
    const brand = /^api\/fonts\/([0-9a-f]{64})$/.exec(file);
    if (brand) {
      const stored = await readBrandFontBytes(brand[1]!);
      if (!stored) throw new Error(`Brand font ${brand[1]} is not stored`);
      return new Uint8Array(stored).buffer;
    }
    const bytes = await readFile(path.join(process.cwd(), 'public', file));
    // Copy into a standalone ArrayBuffer: a Buffer may be a view into Node's shared pool.
    return new Uint8Array(bytes).buffer;
  });
}
