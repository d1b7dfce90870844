import 'server-only';
import { parse, type Font } from 'opentype.js';
import { MAX_FONT_BYTES } from '../../brand-fonts/limits';
import { sniffFont, tableTags, type FontContainer } from '../../brand-fonts/sfnt';

// A brand's font upload, read and checked: refused in words a brand can act on when it is not
// a font, broken, variable, without outlines, or too big. A WOFF2 is decompressed (wawoff2,
// Google's woff2 compiled to WebAssembly) because opentype.js reads TTF, OTF and WOFF only;
// what is stored is a file opentype.js reads, so the renderer outlines text with it as it does
// with the shipped fonts.

export type FontRead =
  | {
      ok: true;
      /** The bytes to store: the upload, or a WOFF2's decompressed sfnt. */
      stored: Uint8Array;
      format: FontContainer;
      family: string;
      style: string;
      glyphCount: number;
      font: Font;
    }
  | { ok: false; status: 413 | 415 | 422; error: string };

const MB = 1024 * 1024;
const refuse = (error: string, status: 413 | 415 | 422 = 422): FontRead => ({ ok: false, status, error });
const BROKEN =
  'The font file is damaged or incomplete: it could not be read. Download it again from its source and upload that file.';

const name = (font: Font, keys: string[]): string | undefined => {
  const names = font.names as unknown as Record<string, Record<string, string> | undefined>;
  for (const key of keys) {
    const entry = names[key];
    const value = entry?.en ?? (entry ? Object.values(entry)[0] : undefined);
    if (value?.trim()) return value.trim();
  }
  return undefined;
};

async function decompressWoff2(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    const { decompress } = await import('wawoff2');
    const out = await decompress(bytes);
    return out.byteLength > 0 ? new Uint8Array(out) : null;
  } catch {
    return null;
  }
}

/** True when at least one of the font's glyphs has a drawable outline. */
function hasOutlines(font: Font): boolean {
  const probe = [...'AaHnoe0'].map((c) => font.charToGlyph(c));
  const sample = probe.some((g) => g.index > 0)
    ? probe
    : Array.from({ length: Math.min(font.numGlyphs, 200) }, (_, i) => font.glyphs.get(i));
  return sample.some((glyph) => glyph.index > 0 && glyph.getPath(0, 0, 100).commands.length > 0);
}

/** Reads and checks an uploaded font. */
export async function readFont(upload: Uint8Array): Promise<FontRead> {
  if (upload.byteLength > MAX_FONT_BYTES)
    return refuse(
      `The font is ${(upload.byteLength / MB).toFixed(1)} MB: fonts may be at most ${MAX_FONT_BYTES / MB} MB. Upload a subset (for example the Latin characters only).`,
      413,
    );
  if (upload.byteLength === 0) return refuse('The file is empty. Choose a TTF, OTF or WOFF2 font.');
  const format = sniffFont(upload);
  if (!format)
    return refuse(
      'This is not a font file: upload a TrueType (.ttf), OpenType (.otf) or WOFF2 (.woff2) font.',
      415,
    );
  const stored = format === 'woff2' ? await decompressWoff2(upload) : upload;
  if (!stored || !sniffFont(stored)) return refuse(BROKEN);
  const tags = tableTags(stored);
  if (!tags) return refuse(BROKEN);
  if (tags.includes('fvar'))
    return refuse(
      'This is a variable font: its weights and widths are computed, and Onekind prints fixed outlines. Upload the static font file of each style you want (for example “Family-Bold.ttf”).',
    );
  if (!tags.includes('glyf') && !tags.includes('CFF '))
    return refuse(
      'The font has no outlines (no glyf or CFF table): it may be a bitmap or colour-emoji font. Upload a font with vector outlines.',
    );
  let font: Font;
  try {
    const copy = new Uint8Array(stored); // a standalone ArrayBuffer, never a view into a shared pool
    font = parse(copy.buffer);
  } catch {
    return refuse(BROKEN);
  }
  if (!font.supported) return refuse(BROKEN);
  try {
    if (!hasOutlines(font))
      return refuse(
        'The font has no drawable letters: its glyphs are empty. Upload a font with vector outlines.',
      );
  } catch {
    return refuse(BROKEN);
  }
  const family = name(font, ['preferredFamily', 'fontFamily']) ?? 'Unnamed font';
  const style = name(font, ['preferredSubfamily', 'fontSubfamily']) ?? 'Regular';
  return { ok: true, stored, format, family, style, glyphCount: font.numGlyphs, font };
}

/** A line of sample text in the font, as outlines: an SVG a browser shows without the font. */
export function sampleSvg(font: Font, text: string, sizePx = 28): string {
  const path = font.getPath(text, 0, sizePx, sizePx);
  const box = path.getBoundingBox();
  const pad = 2;
  const width = Math.max(1, Math.ceil(box.x2 - Math.min(0, box.x1)) + pad * 2);
  const height = Math.ceil(sizePx * 1.35);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-pad} 0 ${width} ${height}" width="${width}" height="${height}"><path fill="currentColor" d="${path.toPathData(2)}"/></svg>`;
}
