import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Font, Glyph, Path } from 'opentype.js';

// Font files for the tests, made from the shipped fonts (no binary fixtures to trust): a TTF
// unpacked from Inter's WOFF, an OTF drawn with opentype.js, and sfnts with tables changed.

/** The tables of a WOFF file, decompressed. */
function woffTables(woff: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < view.getUint16(12); i++) {
    const at = 44 + i * 20;
    const tag = String.fromCharCode(...woff.subarray(at, at + 4));
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const data = woff.subarray(offset, offset + compLength);
    tables.set(tag, compLength < origLength ? new Uint8Array(zlib.inflateSync(data)) : data);
  }
  return tables;
}

/** An sfnt (TrueType flavour) of the given tables; checksums are zero, which parsers ignore. */
export function sfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const header = 12 + tags.length * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const size = header + tags.reduce((sum, t) => sum + padded(tables.get(t)!.byteLength), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  let offset = header;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const at = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[at + c] = tag.charCodeAt(c);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.byteLength);
    out.set(data, offset);
    offset += padded(data.byteLength);
  });
  return out;
}

/** Inter Regular's tables, from the WOFF the app ships. */
export const interTables = (): Map<string, Uint8Array> =>
  woffTables(
    new Uint8Array(fs.readFileSync(path.join(process.cwd(), 'public/fonts/inter-latin-400-normal.woff'))),
  );

/** Inter Regular as a TTF. */
export const interTtf = (): Uint8Array => sfnt(interTables());

/** A small OTF (CFF outlines) drawn with opentype.js; `empty` leaves its letters without outlines. */
export function drawnOtf(empty = false, familyName = 'Onekind Test'): Uint8Array {
  const notdef = new Glyph({ name: '.notdef', unicode: 0, advanceWidth: 500, path: new Path() });
  const square = new Path();
  if (!empty) {
    square.moveTo(100, 0);
    square.lineTo(500, 0);
    square.lineTo(500, 600);
    square.lineTo(100, 600);
    square.close();
  }
  const glyphs = [...'AaHn'].map(
    (c) => new Glyph({ name: c, unicode: c.charCodeAt(0), advanceWidth: 600, path: square }),
  );
  const font = new Font({
    familyName,
    styleName: 'Bold',
    unitsPerEm: 1000,
    ascender: 800,
    descender: -200,
    glyphs: [notdef, ...glyphs],
  });
  return new Uint8Array(font.toArrayBuffer());
}
