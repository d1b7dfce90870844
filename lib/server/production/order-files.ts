import 'server-only';
import { crc32 } from 'node:zlib';
import { buildLineBundle, zipFileParts } from '../../spec/bundle';
import { SPEC_VERSION, type LineSource, type SpecDeps, type SpecFile } from '../../spec/types';
import type { OrderLineView, OrderView } from '../orders/get-order';
import type { UploadStore } from '../uploads';
import { loadPrintImages } from './print-images';
import { brandClipartIds } from '../../layers/clipart/art';
import { designFontIds, serverSpecDeps } from './spec-deps';

// Production files of an order, built on request from the order's frozen snapshots. They are
// deterministic, so a download today and one next month are the same bytes.

/** The spec builder's view of an order line. */
export function lineSource(order: OrderView, line: OrderLineView): LineSource {
  return {
    orderNumber: order.number,
    orderedAt: order.createdAt,
    lineId: line.id,
    // Stored positions count from 0; makers count lines from 1.
    position: line.position + 1,
    quantity: line.quantity,
    template: line.version.template,
    templateVersion: { id: line.version.versionId, version: line.version.version },
    design: line.design,
    quote: line.quote,
  };
}

async function lineDeps(line: OrderLineView, store: Pick<UploadStore, 'objects'>): Promise<SpecDeps> {
  const ids = Object.values(line.design.zones).flatMap((z) =>
    z.layers.flatMap((l) => (l.kind === 'image' ? [l.uploadId] : [])),
  );
  const layers = Object.values(line.design.zones).flatMap((z) => z.layers);
  return serverSpecDeps(
    await loadPrintImages(ids, store),
    designFontIds(line.design),
    brandClipartIds(layers),
  );
}

// One line is built at a time per process: a garment line with a full-resolution photo peaks
// near a gigabyte (two 15-megapixel PNGs and the photo as base64), so concurrent downloads
// queue rather than multiply that.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

// The last few lines built, so a maker clicking through a line's files one by one waits for
// one build, not one per file. Safe because a line's files never change (frozen snapshots,
// deterministic builds); bounded by bytes because a garment line can be 100 MB.
const RECENT_MAX_BYTES = 256 * 1024 * 1024;
const recent = new Map<string, SpecFile[]>();

function remember(key: string, files: SpecFile[]): void {
  recent.delete(key);
  recent.set(key, files);
  const size = () => [...recent.values()].flat().reduce((sum, f) => sum + f.bytes.byteLength, 0);
  while (recent.size > 1 && size() > RECENT_MAX_BYTES) recent.delete(recent.keys().next().value!);
}

/**
 * Builds one line's files afresh, one line at a time per process: the render job's way. The
 * result is remembered like a download's, so a maker who asked for the line while the job was
 * rendering it in this process (the in-process worker) gets these files instead of a second build.
 */
export function renderLine(
  order: OrderView,
  line: OrderLineView,
  store: Pick<UploadStore, 'objects'> = {},
): Promise<SpecFile[]> {
  return oneAtATime(async () => {
    const files = (await buildLineBundle(lineSource(order, line), await lineDeps(line, store))).files;
    remember(`${order.number}/${line.id}/${SPEC_VERSION}`, files);
    return files;
  });
}

/** Every file of one line: print files, spec.json and the production sheet. */
export function lineFiles(
  order: OrderView,
  line: OrderLineView,
  store: Pick<UploadStore, 'objects'> = {},
): Promise<SpecFile[]> {
  const key = `${order.number}/${line.id}/${SPEC_VERSION}`;
  const cached = recent.get(key);
  if (cached) return Promise.resolve(cached);
  return oneAtATime(async () => {
    const files =
      recent.get(key) ?? (await buildLineBundle(lineSource(order, line), await lineDeps(line, store))).files;
    remember(key, files);
    return files;
  });
}

/** One ZIP with every line's files, in a folder named after the order, as pieces to stream. */
export async function orderZip(
  order: OrderView,
  store: Pick<UploadStore, 'objects'> = {},
): Promise<Uint8Array[]> {
  const files: SpecFile[] = [];
  // One line at a time: each holds its full-resolution images in memory while it builds.
  for (const line of order.lines) files.push(...(await lineFiles(order, line, store)));
  return zipFileParts(order.number, files, crc32);
}

/** One file by name (`<order>_<line>_...`), or null when no line makes a file of that name. */
export async function orderFile(
  order: OrderView,
  name: string,
  store: Pick<UploadStore, 'objects'> = {},
): Promise<SpecFile | null> {
  const match = new RegExp(`^${order.number}_(\\d+)_[a-z0-9.-]+$`).exec(name);
  const line = match ? order.lines.find((l) => l.position + 1 === Number(match[1])) : undefined;
  if (!line) return null;
  return (await lineFiles(order, line, store)).find((f) => f.name === name) ?? null;
}
