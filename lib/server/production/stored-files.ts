import 'server-only';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
import { z } from 'zod';
import { SPEC_VERSION } from '../../spec/types';
import { endOfCentralDirectory, entryHeaders, type ZipRecord } from '../../spec/zip';
import type { OrderView } from '../orders/get-order';
import { storage, type ObjectStorage } from '../storage';
import type { UploadStore } from '../uploads';

// An order's production files in object storage, rendered once by the render-order job:
// production/v<spec>/<order>/<file>, then manifest.json, written last, which lists every file
// with its size and CRC-32. An order is ready when its manifest is there; a crash before that
// leaves files a new render overwrites with the same bytes (builds are deterministic).

const manifestSchema = z.object({
  specVersion: z.number(),
  files: z.array(
    z.object({ name: z.string(), contentType: z.string(), byteSize: z.number(), crc32: z.number() }),
  ),
});
export type ProductionManifest = z.infer<typeof manifestSchema>;
export type StoredFileEntry = ProductionManifest['files'][number];

const folder = (number: string) => `production/v${SPEC_VERSION}/${number}`;
const fileKey = (number: string, name: string) => `${folder(number)}/${name}`;
const manifestKey = (number: string) => `${folder(number)}/manifest.json`;

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Renders every line of `order` into storage, one line at a time, and writes its manifest last. */
export async function renderOrderToStorage(
  order: OrderView,
  store: Pick<UploadStore, 'objects'> = {},
  objects: ObjectStorage = storage(),
): Promise<ProductionManifest> {
  // The renderer (sharp, pdf-lib, fonts) loads here, in the worker: a web process that only
  // streams stored files never loads it.
  const { renderLine } = await import('./order-files');
  const files: StoredFileEntry[] = [];
  for (const line of order.lines) {
    for (const file of await renderLine(order, line, store)) {
      await objects.put(fileKey(order.number, file.name), file.bytes, { contentType: file.contentType });
      files.push({
        name: file.name,
        contentType: file.contentType,
        byteSize: file.bytes.byteLength,
        crc32: crc32(file.bytes),
      });
    }
  }
  const manifest = { specVersion: SPEC_VERSION, files };
  await objects.put(manifestKey(order.number), new TextEncoder().encode(JSON.stringify(manifest)), {
    contentType: 'application/json',
  });
  return manifest;
}

/** The manifest of an order whose files are in storage, or null while they are not (yet). */
export async function storedManifest(
  number: string,
  objects: ObjectStorage = storage(),
): Promise<ProductionManifest | null> {
  const read = await objects.get(manifestKey(number));
  return read ? manifestSchema.parse(JSON.parse((await readAll(read.body)).toString('utf8'))) : null;
}

/** A stored file's bytes as a stream, or null. */
export async function storedFile(
  number: string,
  entry: StoredFileEntry,
  objects: ObjectStorage = storage(),
): Promise<Readable | null> {
  return (await objects.get(fileKey(number, entry.name)))?.body ?? null;
}

/**
 * The order's ZIP streamed from its stored files, byte for byte the ZIP built on request
 * (lib/spec/bundle.ts zipFileParts): the headers come from the manifest's sizes and CRCs, the
 * files are piped through one at a time, and only the small spec.json files are read whole
 * (they are deflated). The length is known before the first byte.
 */
export async function storedZip(
  number: string,
  manifest: ProductionManifest,
  objects: ObjectStorage = storage(),
): Promise<{ stream: Readable; byteLength: number }> {
  const deflated = new Map<string, Buffer>();
  for (const file of manifest.files.filter((f) => f.name.endsWith('.json'))) {
    const body = await storedFile(number, file, objects);
    if (!body) throw new Error(`Stored file ${file.name} of ${number} is missing`);
    // The same deflater and level as zip.ts, so the archive is the same bytes.
    deflated.set(file.name, Buffer.from(deflateSync(await readAll(body), { level: 6 })));
  }
  const records: Array<{
    entry: StoredFileEntry;
    record: ZipRecord;
    offset: number;
    local: Uint8Array;
    central: Uint8Array;
  }> = [];
  let offset = 0;
  for (const entry of manifest.files) {
    const packed = deflated.get(entry.name);
    const record = {
      name: `${number}/${entry.name}`,
      crc: entry.crc32,
      size: entry.byteSize,
      compressed: packed?.byteLength ?? entry.byteSize,
      deflate: Boolean(packed),
    };
    const headers = entryHeaders(record, offset);
    records.push({ entry, record, offset, ...headers });
    offset += headers.local.byteLength + record.compressed;
  }
  const central = records.map((r) => r.central);
  const end = endOfCentralDirectory(central, offset);
  const byteLength = offset + central.reduce((sum, c) => sum + c.byteLength, 0) + end.byteLength;

  async function* pieces(): AsyncGenerator<Uint8Array> {
    for (const { entry, local } of records) {
      yield local;
      const packed = deflated.get(entry.name);
      if (packed) {
        yield packed;
        continue;
      }
      const body = await storedFile(number, entry, objects);
      if (!body) throw new Error(`Stored file ${entry.name} of ${number} is missing`);
      for await (const chunk of body) yield chunk as Uint8Array;
    }
    yield* central;
    yield end;
  }
  return { stream: Readable.from(pieces(), { objectMode: false }), byteLength };
}
