// Everything for an order: per line the print files, spec.json and the production sheet, and
// one ZIP of it all. The ZIP's entries carry a fixed date so the same order zips identically.
import { zipSync } from 'fflate';
import { buildLineFiles, fileStem, specFileName, type LineFiles } from './line-files';
import { buildProductionSheet } from './sheet/production-sheet';
import type { LineSource, SpecDeps, SpecFile } from './types';

/** `<order>_<line>_production-sheet.pdf`. */
export function sheetFileName(source: Pick<LineSource, 'orderNumber' | 'position'>): string {
  return `${source.orderNumber}_${source.position}_production-sheet.pdf`;
}

/** The names buildLineBundle gives a line's files, without building them (for download links). */
export function lineFileNames(source: Pick<LineSource, 'orderNumber' | 'position' | 'template' | 'design'>): string[] {
  const zones = source.template.zones.filter((zone) => (source.design.zones[zone.id]?.layers.length ?? 0) > 0);
  const zoneFiles = zones.flatMap((zone) => ['pdf', 'svg', 'png', ...(zone.method === 'engrave' ? ['engrave.svg'] : [])].map((ext) => `${fileStem(source, zone.id)}.${ext}`));
  return [...zoneFiles, specFileName(source), sheetFileName(source)];
}

/** A line's print files, spec.json and production sheet. */
export async function buildLineBundle(source: LineSource, deps: SpecDeps): Promise<LineFiles> {
  const built = await buildLineFiles(source, deps);
  const sheet: SpecFile = { name: sheetFileName(source), contentType: 'application/pdf', bytes: await buildProductionSheet(source, built.spec, deps) };
  return { spec: built.spec, files: [...built.files, sheet] };
}

// 1980-01-01, the earliest date a ZIP can hold: no build time leaks into the archive.
const ZIP_EPOCH = new Date(1980, 0, 1, 0, 0, 0);

/**
 * A ZIP of the files under `folder/`. Only spec.json is deflated: PDFs and PNGs are compressed
 * already, and SVGs are mostly base64 of compressed images (deflating them cost 350 ms a line).
 */
export function zipFiles(folder: string, files: SpecFile[]): Uint8Array {
  const entries = Object.fromEntries(
    files.map((file) => [`${folder}/${file.name}`, [file.bytes, { level: file.name.endsWith('.json') ? 6 : 0, mtime: ZIP_EPOCH }] as const]),
  );
  return zipSync(entries as Parameters<typeof zipSync>[0]);
}
