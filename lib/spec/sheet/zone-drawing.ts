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
  const guides = [
    `${base.map(f).join(' ')} cm`,
    `${line(0.5)} w 0.85 0.19 0.15 RG ${rect(-b, -b, w + 2 * b, h + 2 * b)} S`,
    `${line(0.75)} w 0 0 0 RG ${rect(0, 0, w, h)} S`,
    `${line(0.5)} w 0.1 0.45 0.91 RG [${line(3)} ${line(2)}] 0 d ${rect(s, s, w - 2 * s, h - 2 * s)} S [] 0 d`,
    ...keepOuts.map((ko) => `${line(0.75)} w 0.95 0.55 0 RG ${rect(ko.xMm, ko.yMm, ko.widthMm, ko.heightMm)} S ${f(ko.xMm)} ${f(ko.yMm)} m ${f(ko.xMm + ko.widthMm)} ${f(ko.yMm + ko.heightMm)} l ${f(ko.xMm + ko.widthMm)} ${f(ko.yMm)} m ${f(ko.xMm)} ${f(ko.yMm + ko.heightMm)} l S`),
  ];
  appendContent(doc, page, guides.join('\n'));
}
