// Everything for an order: per line the print files, spec.json and the production sheet, and
// one ZIP of it all. The ZIP's entries carry a fixed date so the same order zips identically.
import { personalizedZones } from '../design/personalized-zones';
import { buildLineFiles, fileStem, lineFacts, specFileName, type LineFiles } from './line-files';
import { buildProductionSheet } from './sheet/production-sheet';
import type { LineSource, SpecDeps, SpecFile } from './types';
import { concat, zipParts, type Crc32 } from './zip';

/** `<order>_<line>_production-sheet.pdf`. */
export function sheetFileName(source: Pick<LineSource, 'orderNumber' | 'position'>): string {
  return `${source.orderNumber}_${source.position}_production-sheet.pdf`;
}

/** The names buildLineBundle gives a line's files, without building them (for download links). */
export function lineFileNames(
  source: Pick<LineSource, 'orderNumber' | 'position' | 'template' | 'design'>,
): string[] {
  const zones = personalizedZones(source.template, source.design);
  const zoneFiles = zones.flatMap((zone) =>
    ['pdf', 'svg', 'png', ...(zone.method === 'engrave' ? ['engrave.svg'] : [])].map(
      (ext) => `${fileStem(source, zone.id)}.${ext}`,
    ),
  );
  return [...zoneFiles, specFileName(source), sheetFileName(source)];
}

/** A line's print files, spec.json and production sheet. */
export async function buildLineBundle(source: LineSource, deps: SpecDeps): Promise<LineFiles> {
  // The sheet's pages are drawn while the print files are (its file table waits for them).
  const facts = lineFacts(source, deps);
  const building = buildLineFiles(source, deps, facts);
  const [built, sheetBytes] = await Promise.all([
    building,
    buildProductionSheet(
      source,
      facts,
      deps,
      building.then((b) => b.spec),
    ),
  ]);
  const sheet: SpecFile = { name: sheetFileName(source), contentType: 'application/pdf', bytes: sheetBytes };
  return { spec: built.spec, files: [...built.files, sheet] };
}

/**
 * A ZIP of the files under `folder/`, dated 1980-01-01, as pieces to send one after another
 * (zip.ts). Only spec.json is deflated: PDFs and PNGs are compressed already, and SVGs are
 * mostly base64 of compressed images (deflating them cost 350 ms a line). Pass a native
 * CRC-32 where there is one (Node's zlib.crc32).
 */
export function zipFileParts(folder: string, files: SpecFile[], crc32?: Crc32): Uint8Array[] {
  return zipParts(
    files.map((file) => ({
      name: `${folder}/${file.name}`,
      bytes: file.bytes,
      deflate: file.name.endsWith('.json'),
    })),
    crc32,
  );
}

/** The same ZIP in one buffer. */
export function zipFiles(folder: string, files: SpecFile[], crc32?: Crc32): Uint8Array {
  return concat(zipFileParts(folder, files, crc32));
}
