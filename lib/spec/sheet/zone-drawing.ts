// A zone drawn on a sheet page at a given scale, with its trim, bleed, safe and keep-out lines:
// the artwork comes from the same elements as the print PDF.
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { ZoneElement } from '../../render/zone-svg';
import type { Zone } from '../../templates/schema';
import type { KeepOut } from '../zone-facts';
import { pdfNumber as f } from '../pdf-path';
import type { ImageEmbedder} from '../zone-pdf';
import { appendContent, PT_PER_MM, rgb, zoneElementsContent } from '../zone-pdf';

const rect = (x: number, y: number, w: number, h: number) => `${f(x)} ${f(y)} ${f(w)} ${f(h)} re`;

/** Draws the zone with its top-left bleed corner at (xPt, topPt) on the page, `scale` = 1 for 1:1. */
export async function drawZone(
  doc: PDFDocument,
  page: PDFPage,
  embedder: ImageEmbedder,
  zone: Zone,
  elements: ZoneElement[],
  keepOuts: KeepOut[],
  at: { xPt: number; topPt: number; scale: number; guides: boolean; background?: string },
): Promise<void> {
  const k = PT_PER_MM * at.scale;
  const b = zone.bleedMm;
  const { widthMm: w, heightMm: h } = zone.rect;
  // Zone mm (origin at the trim's top-left, y down) onto the page.
  const base = [k, 0, 0, -k, at.xPt + b * k, at.topPt - b * k];
  const bg = at.background ? `${rgb(at.background)} rg\n${rect(-b, -b, w + 2 * b, h + 2 * b)} f\n` : '';
  const clip = `${rect(-b, -b, w + 2 * b, h + 2 * b)} W n`;
  const art = await zoneElementsContent(page, elements, embedder, [1, 0, 0, 1, 0, 0]);
  appendContent(doc, page, `${base.map(f).join(' ')} cm\n${bg}${clip}\n${art}`);
  if (!at.guides) return;
  const line = (pt: number) => f(pt / k);
  const s = zone.safeMm;
  const dash = `[${line(3)} ${line(2)}] 0 d`;
  type Shape = { width: number; colour: string; dashed?: boolean; path: string };
  const lines: Shape[] = [
    { width: 0.5, colour: '0.85 0.19 0.15', path: rect(-b, -b, w + 2 * b, h + 2 * b) },
    { width: 0.75, colour: '0 0 0', path: rect(0, 0, w, h) },
    { width: 0.5, colour: '0.1 0.45 0.91', dashed: true, path: rect(s, s, w - 2 * s, h - 2 * s) },
  ];
  const keepOutShapes: Shape[] = keepOuts.map((ko) => ({
    width: 0.75,
    colour: '0.95 0.55 0',
    path: `${rect(ko.xMm, ko.yMm, ko.widthMm, ko.heightMm)} ${f(ko.xMm)} ${f(ko.yMm)} m ${f(ko.xMm + ko.widthMm)} ${f(ko.yMm + ko.heightMm)} l ${f(ko.xMm + ko.widthMm)} ${f(ko.yMm)} m ${f(ko.xMm)} ${f(ko.yMm + ko.heightMm)} l`,
  }));
  // Each line over a white halo, so it reads on a navy pocket as well as on a white mug.
  const stroke = (shapes: Shape[]) => [
    ...shapes.map((g) => `${line(g.width + 1)} w 1 1 1 RG ${g.dashed ? dash : '[] 0 d'} ${g.path} S`),
    ...shapes.map((g) => `${line(g.width)} w ${g.colour} RG ${g.dashed ? dash : '[] 0 d'} ${g.path} S`),
  ];
  // Keep-outs are drawn only where they reach into the artwork (a mug's handle band is wider).
  const guides = [`${base.map(f).join(' ')} cm`, ...stroke(lines), `${rect(-b, -b, w + 2 * b, h + 2 * b)} W n`, ...stroke(keepOutShapes)];
  appendContent(doc, page, guides.join('\n'));
}
