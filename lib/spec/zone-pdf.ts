// Zone artwork into PDF: the renderer's elements (lib/render/zone-svg) drawn as PDF paths and
// image XObjects, with no fonts (text arrives as outlines) and images at full resolution.
import { PDFDocument, PDFName, PDFString, type PDFPage, type PDFRef } from 'pdf-lib';
import { maskPathData } from '../render/image-look';
import { bleedBox, type ZoneElement } from '../render/zone-svg';
import type { Zone } from '../templates/schema';
import { registerBulkStream } from './pdf-bulk-stream';
import { pathToPdfOperators, pdfNumber as f } from './pdf-path';
import type { PrintImage } from './types';

/** PDF points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** Hex #rrggbb as PDF sRGB fill components. */
export function rgb(hex: string): string {
  const v = (i: number) => f(parseInt(hex.slice(i, i + 2), 16) / 255);
  return `${v(1)} ${v(3)} ${v(5)}`;
}

/** Embeds each image once per document (JPEG bytes pass through untouched). */
export class ImageEmbedder {
  private readonly cache = new Map<string, Promise<PDFRef>>();
  constructor(
    private readonly doc: PDFDocument,
    private readonly images: Record<string, PrintImage>,
  ) {}

  embed(uploadId: string): Promise<PDFRef> | undefined {
    const image = this.images[uploadId];
    if (!image) return undefined;
    let embedded = this.cache.get(uploadId);
    if (!embedded) {
      embedded = this.write(image);
      this.cache.set(uploadId, embedded);
    }
    return embedded;
  }

  private async write(image: PrintImage): Promise<PDFRef> {
    const { context } = this.doc;
    const base = {
      Type: 'XObject',
      Subtype: 'Image',
      Width: image.widthPx,
      Height: image.heightPx,
      BitsPerComponent: 8,
    };
    // An engraved bitmap: 1-bit grey, 0 black where the laser burns; its white (1) samples are
    // masked out by colour key, so they leave what is under them as the SVG's transparency does.
    if (image.bilevel)
      return registerBulkStream(context, image.bilevel, {
        ...base,
        BitsPerComponent: 1,
        ColorSpace: 'DeviceGray',
        Mask: [1, 1],
        Filter: 'FlateDecode',
      });
    // Print JPEGs are 8-bit, 3-channel sRGB (print-images.ts): their bytes are the stream.
    if (image.mimeType === 'image/jpeg')
      return registerBulkStream(context, image.bytes, {
        ...base,
        ColorSpace: 'DeviceRGB',
        Filter: 'DCTDecode',
      });
    if (!image.pdfPixels) return (await this.doc.embedPng(image.bytes)).ref;
    const { rgb: colour, alpha } = image.pdfPixels;
    // PNG-filtered rows: each starts with its filter byte, which /Predictor 15 undoes.
    const rows = (colours: number) => ({
      Filter: 'FlateDecode',
      DecodeParms: { Predictor: 15, Colors: colours, BitsPerComponent: 8, Columns: image.widthPx },
    });
    const smask = alpha
      ? registerBulkStream(context, alpha, { ...base, ColorSpace: 'DeviceGray', ...rows(1) })
      : undefined;
    return registerBulkStream(context, colour, {
      ...base,
      ColorSpace: 'DeviceRGB',
      ...rows(3),
      ...(smask ? { SMask: smask } : {}),
    });
  }
}

/** Appends raw content-stream operators to a page, wrapped in q/Q so nothing leaks. */
export function appendContent(doc: PDFDocument, page: PDFPage, content: string): void {
  const stream = doc.context.flateStream(`q\n${content}\nQ\n`);
  page.node.addContentStream(doc.context.register(stream));
}

/**
 * Operators drawing the elements in zone mm (origin at the trim's top-left, y down). `base` is
 * the matrix from zone mm to page points; the caller clips. Images must be embedded already.
 */
export async function zoneElementsContent(
  page: PDFPage,
  elements: ZoneElement[],
  embedder: ImageEmbedder,
  base: number[],
): Promise<string> {
  const ops = [`${base.map(f).join(' ')} cm`];
  for (const element of elements) {
    const { xMm, yMm, rotationDeg } = element.placement;
    const r = (rotationDeg * Math.PI) / 180;
    const [cos, sin] = [Math.cos(r), Math.sin(r)];
    ops.push('q', `${f(cos)} ${f(sin)} ${f(-sin)} ${f(cos)} ${f(xMm)} ${f(yMm)} cm`);
    if (element.kind === 'path') {
      const { fill, stroke } = element;
      if (fill !== 'none') ops.push(`${rgb(fill)} rg`);
      // Round joins (1 j) as the SVG and the canvas draw them; f fills, S strokes, B does both.
      if (stroke)
        ops.push(`${rgb(stroke.colour)} RG`, `${f(stroke.widthMm)} w`, '1 j', ...(stroke.cap ? ['1 J'] : []));
      const even = element.fillRule === 'evenodd' ? '*' : '';
      const paint = fill === 'none' ? 'S' : stroke ? `B${even}` : `f${even}`;
      ops.push(pathToPdfOperators(element.pathData), paint);
    } else {
      // Files draw zoneArt's elements, whose images already carry their look.
      if (element.look) throw new Error(`Image ${element.uploadId}: apply its look first (zoneArt)`);
      const ref = await embedder.embed(element.uploadId);
      if (!ref) throw new Error(`Image ${element.uploadId} is missing`);
      const name = page.node.newXObject('Im', ref);
      const { widthMm: w, heightMm: h, mask } = element;
      // A masked image is clipped to its shape's path in its own box (W n: clip, no paint).
      if (mask) ops.push(pathToPdfOperators(maskPathData(mask, w, h)), 'W n');
      // The image's unit square, flipped: its first row at the top of the placed box.
      ops.push(`${f(w)} 0 0 ${f(-h)} ${f(-w / 2)} ${f(h / 2)} cm`, `${name.asString()} Do`);
    }
    ops.push('Q');
  }
  return ops.join('\n');
}

/** The matrix from zone mm (y down) to points on a page whose bottom-left is at (ox, oy) pt and top is at `topPt`. */
export function zoneToPageMatrix(originXPt: number, topPt: number): number[] {
  return [PT_PER_MM, 0, 0, -PT_PER_MM, originXPt, topPt];
}

/** Declares sRGB (the given ICC profile) as the document's output intent: DeviceRGB values are sRGB. */
export function addSrgbOutputIntent(doc: PDFDocument, profile: Uint8Array): void {
  const { context } = doc;
  const icc = context.register(context.flateStream(profile, { N: 3 }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: icc,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
}

/**
 * One page at the zone's physical size: MediaBox and BleedBox are the bleed box, TrimBox the
 * trim. Deterministic: no dates, producer or document id, so equal input gives equal bytes.
 */
export async function zonePrintPdf(
  zone: Zone,
  elements: ZoneElement[],
  images: Record<string, PrintImage>,
  title: string,
  srgbProfile?: Uint8Array,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  if (srgbProfile) addSrgbOutputIntent(doc, srgbProfile);
  doc.setTitle(title, { showInWindowTitleBar: false });
  const box = bleedBox(zone);
  const [width, height, bleed] = [
    box.widthMm * PT_PER_MM,
    box.heightMm * PT_PER_MM,
    zone.bleedMm * PT_PER_MM,
  ];
  const page = doc.addPage([width, height]);
  page.setBleedBox(0, 0, width, height);
  page.setTrimBox(bleed, bleed, zone.rect.widthMm * PT_PER_MM, zone.rect.heightMm * PT_PER_MM);
  const embedder = new ImageEmbedder(doc, images);
  const clip = `0 0 ${f(width)} ${f(height)} re W n`;
  appendContent(
    doc,
    page,
    `${clip}\n${await zoneElementsContent(page, elements, embedder, zoneToPageMatrix(bleed, height - bleed))}`,
  );
  return doc.save({ useObjectStreams: false });
}
