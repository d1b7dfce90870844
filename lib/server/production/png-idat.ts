import 'server-only';

// A PNG's image data is a zlib stream of rows, each led by its filter byte. PDF's FlateDecode
// with PNG predictors (/Predictor 15) reads exactly that, so a PNG that libvips wrote (zlib-ng,
// on a worker thread) goes into a PDF without decoding or recompressing it in JavaScript.

export type PngRows = { zlib: Uint8Array; width: number; height: number; colours: 1 | 3 };

/** The IDAT stream of an 8-bit, non-interlaced grey or RGB PNG; anything else throws. */
export function pngRows(png: Uint8Array): PngRows {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let header: { width: number; height: number; colours: 1 | 3 } | undefined;
  const data: Uint8Array[] = [];
  while (at + 8 <= png.byteLength) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      const [depth, colourType, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || (colourType !== 0 && colourType !== 2) || interlace !== 0) throw new Error(`Unsupported PNG for PDF rows (depth ${depth}, colour type ${colourType}, interlace ${interlace})`);
      header = { width: view.getUint32(at + 8), height: view.getUint32(at + 12), colours: colourType === 2 ? 3 : 1 };
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  if (!header || data.length === 0) throw new Error('Not a PNG with image data');
  const zlib = new Uint8Array(data.reduce((sum, d) => sum + d.byteLength, 0));
  let offset = 0;
  for (const d of data) {
    zlib.set(d, offset);
    offset += d.byteLength;
  }
  return { zlib, ...header };
}
