// The first look at a font file: its container by magic number, and the tables an sfnt (TTF or
// OTF) lists, read without a font parser so the checks that refuse a file need no trust in it.

export type FontContainer = 'ttf' | 'otf' | 'woff' | 'woff2';

/** The container of a font file from its first four bytes, or null when it is no font. */
export function sniffFont(bytes: Uint8Array): FontContainer | null {
  if (bytes.byteLength < 12) return null;
  const tag = String.fromCharCode(...bytes.subarray(0, 4));
  if (tag === '\0\u0001\0\0' || tag === 'true') return 'ttf';
  if (tag === 'OTTO') return 'otf';
  if (tag === 'wOFF') return 'woff';
  if (tag === 'wOF2') return 'woff2';
  return null;
}

/** The table tags of an sfnt or WOFF, or null when its directory runs past the end of the file. */
export function tableTags(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const woff = sniffFont(bytes) === 'woff';
  const count = view.getUint16(woff ? 12 : 4);
  const start = woff ? 44 : 12;
  const size = woff ? 20 : 16;
  if (count === 0 || start + count * size > bytes.byteLength) return null;
  const tags: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = start + i * size;
    tags.push(String.fromCharCode(...bytes.subarray(at, at + 4)));
  }
  return tags;
}
