// Shared by the spec tests and the bench: seed templates, generated images, a line to build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { newDesign } from '../../design/defaults';
import type { Design, Layer } from '../../design/schema';
import { quote } from '../../pricing/quote';
import { serverSpecDeps } from '../../server/production/spec-deps';
import { preparePrintImage } from '../../server/production/print-images';
import { seedCatalogue } from '../../templates/catalogue';
import type { Template } from '../../templates/schema';
import { sha256Hex } from '../hash';
import type { LineSource, PrintImage, SpecDeps } from '../types';

/** A seed template by slug. */
export function seedTemplate(slug: string): Template {
  const template = seedCatalogue().find((t) => t.slug === slug);
  if (!template) throw new Error(`No seed template ${slug}`);
  return template;
}

/** A photo-like test image (gradient and shapes) of the given size, as a print image. */
export async function testImage(
  widthPx: number,
  heightPx: number,
  format: 'png' | 'jpeg' = 'png',
): Promise<PrintImage> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}">` +
    `<defs><linearGradient id="g"><stop offset="0" stop-color="#1a73e8"/><stop offset="1" stop-color="#f4b400" stop-opacity="0.6"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/><circle cx="50%" cy="50%" r="30%" fill="#d93025"/></svg>`;
  const image = sharp(Buffer.from(svg));
  const bytes = new Uint8Array(
    await (
      format === 'png' ? image.png() : image.flatten({ background: '#ffffff' }).jpeg({ quality: 90 })
    ).toBuffer(),
  );
  return preparePrintImage(bytes, await sha256Hex(bytes));
}

/**
 * A shopper's colour logo (teal square, magenta disc, on transparency) as a print image: the
 * kind of upload a laser cannot take as it is.
 */
export async function logoImage(widthPx = 1200, heightPx = 600): Promise<PrintImage> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 200 100">` +
    `<rect x="10" y="10" width="80" height="80" fill="#008080"/><circle cx="150" cy="50" r="40" fill="#ff00ff"/></svg>`;
  const bytes = new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
  return preparePrintImage(bytes, await sha256Hex(bytes));
}

/** Puts layers into a zone of a design. */
export function withLayers(design: Design, zoneId: string, layers: Layer[]): Design {
  return { ...design, zones: { ...design.zones, [zoneId]: { layers } } };
}

/** A line of a made-up order for a design, quoted the way checkout quotes it. */
export function lineSource(template: Template, design: Design, quantity = 1): LineSource {
  return {
    orderNumber: 'OK-TEST-0001',
    orderedAt: '2026-01-02T03:04:05.000Z',
    lineId: 'line-0001',
    position: 1,
    quantity,
    template,
    templateVersion: { id: `${template.slug}-v1`, version: 1 },
    design,
    quote: quote(template, design, quantity),
  };
}

/** A template's default design. */
export const defaultDesign = newDesign;

/** Spec dependencies with the shipped fonts and sharp's rasteriser. */
export async function specDeps(images: Record<string, PrintImage> = {}): Promise<SpecDeps> {
  return serverSpecDeps(images);
}

/** The images of a PDF as pdfimages -png writes them, read back as raw pixels (bitmaps unpacked to bytes). */
export async function pdfImagePixels(
  pdf: Uint8Array,
): Promise<Array<{ data: Buffer; width: number; height: number; channels: number }>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'onekind-spec-'));
  try {
    writeFileSync(path.join(dir, 'file.pdf'), pdf);
    execFileSync('pdfimages', ['-png', path.join(dir, 'file.pdf'), path.join(dir, 'img')]);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    return await Promise.all(
      files.map(async (f) => {
        const { data, info } = await sharp(readFileSync(path.join(dir, f)))
          .raw({ depth: 'uchar' })
          .toBuffer({ resolveWithObject: true });
        return { data, width: info.width, height: info.height, channels: info.channels };
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes bytes to a fresh temp file and runs a poppler tool on it, returning its output. */
export function poppler(
  tool: 'pdfinfo' | 'pdffonts' | 'pdfimages' | 'pdftotext',
  args: string[],
  bytes: Uint8Array,
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'onekind-spec-'));
  const file = path.join(dir, 'file.pdf');
  try {
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF's page drawn by poppler (`pdftoppm`) at `dpi`, as raw RGB or RGBA pixels. */
export async function pdfPageRaster(pdf: Uint8Array, dpi: number, channels: 3 | 4 = 3) {
  const dir = mkdtempSync(path.join(tmpdir(), 'onekind-pdf-page-'));
  try {
    writeFileSync(path.join(dir, 'a.pdf'), pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-singlefile',
      path.join(dir, 'a.pdf'),
      path.join(dir, 'page'),
    ]);
    const page = sharp(readFileSync(path.join(dir, 'page.png')));
    return await (channels === 4 ? page.ensureAlpha() : page.removeAlpha())
      .raw()
      .toBuffer({ resolveWithObject: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
