// A small page writer for the production sheet: headings, wrapped text and tables in
// Helvetica, with page breaks. Helvetica is one of PDF's standard fonts (never embedded) and
// writes WinAnsi only, so other characters are replaced; shopper text is in the zone drawings.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { PT_PER_MM } from '../zone-pdf';

export const A4 = { widthMm: 210, heightMm: 297 };
const MARGIN = 15 * PT_PER_MM;
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Text Helvetica can write: Latin-1 plus WinAnsi's extras; anything else becomes "?". */
export function winAnsi(text: string): string {
  return Array.from(text.replace(/[\t\r\n]+/g, ' '), (c) => {
    const code = c.codePointAt(0)!;
    return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(c) ? c : '?';
  }).join('');
}

export type Column = { title: string; width: number; align?: 'left' | 'right' };

export class SheetWriter {
  page!: PDFPage;
  y = 0;
  private constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    private readonly footer: string,
  ) {}

  static async create(footer: string): Promise<SheetWriter> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    return new SheetWriter(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold), footer);
  }

  /** Starts a page (A4 unless a larger size is needed) with the footer line. */
  newPage(widthMm = A4.widthMm, heightMm = A4.heightMm): PDFPage {
    this.page = this.doc.addPage([widthMm * PT_PER_MM, heightMm * PT_PER_MM]);
    this.y = this.page.getHeight() - MARGIN;
    this.page.drawText(winAnsi(`${this.footer}  -  page ${this.doc.getPageCount()}`), { x: MARGIN, y: MARGIN / 2, size: 7, font: this.regular, color: rgb(0.4, 0.4, 0.4) });
    return this.page;
  }

  get left(): number {
    return MARGIN;
  }

  get contentWidth(): number {
    return this.page.getWidth() - 2 * MARGIN;
  }

  /** Breaks to a new A4 page when fewer than `pt` points are left. */
  need(pt: number): void {
    if (this.y - pt < MARGIN) this.newPage();
  }

  heading(text: string, size = 16): void {
    this.need(size * 2);
    this.y -= size;
    this.page.drawText(winAnsi(text), { x: MARGIN, y: this.y, size, font: this.bold });
    this.y -= size * 0.6;
  }

  /** Wrapped paragraph. */
  text(text: string, size = 9, bold = false): void {
    for (const line of this.wrap(text, this.contentWidth, size, bold ? this.bold : this.regular)) {
      this.need(size * 1.35);
      this.y -= size * 1.35;
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font: bold ? this.bold : this.regular });
    }
  }

  gap(pt = 6): void {
    this.y -= pt;
  }

  wrap(text: string, width: number, size: number, font: PDFFont): string[] {
    const words = winAnsi(text).split(' ');
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
    // A single word wider than the cell is cut rather than run into the next column.
    return lines.map((l) => {
      let cut = l;
      while (cut.length > 1 && font.widthOfTextAtSize(cut, size) > width) cut = cut.slice(0, -1);
      return cut;
    });
  }

  /** A table; column widths are fractions of the content width. Rows wrap and break pages. */
  table(columns: Column[], rows: string[][], size = 8): void {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.contentWidth);
    const drawRow = (cells: string[], font: PDFFont) => {
      const wrapped = cells.map((cell, i) => this.wrap(cell, widths[i]! - 4, size, font));
      const lines = Math.max(...wrapped.map((w) => w.length));
      const height = lines * size * 1.3 + 4;
      this.need(height);
      let x = MARGIN;
      wrapped.forEach((cellLines, i) => {
        cellLines.forEach((line, j) => {
          const w = font.widthOfTextAtSize(line, size);
          const lx = columns[i]!.align === 'right' ? x + widths[i]! - 2 - w : x + 2;
          this.page.drawText(line, { x: lx, y: this.y - size * 1.3 * (j + 1) + 1, size, font });
        });
        x += widths[i]!;
      });
      this.y -= height;
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + this.contentWidth, y: this.y }, thickness: 0.3, color: rgb(0.75, 0.75, 0.75) });
    };
    drawRow(columns.map((c) => c.title), this.bold);
    for (const row of rows) drawRow(row, this.regular);
    this.gap(8);
  }

  /** Label/value pairs as a two-column table. */
  facts(pairs: Array<[string, string]>): void {
    this.table([{ title: 'Item', width: 1 }, { title: 'Value', width: 3 }], pairs.map(([k, v]) => [k, v]));
  }
}
