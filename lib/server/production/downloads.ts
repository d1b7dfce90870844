import 'server-only';
import { attachment, streamAttachment } from '../http/download';
import { HttpError } from '../http/json';
import type { OrderView } from '../orders/get-order';
import { storedFile, storedManifest, storedZip } from './stored-files';

// The maker's downloads. Once the render job has stored an order's files they are streamed
// from storage, and nothing is built in the web process. Before that (the job is still queued
// or rendering, or failed), the files are built here on request as they always were: a maker
// is never turned away, and the result is the same bytes the job stores. The renderer is
// imported only then, so a web process that streams stored files never loads it.

/** The order's ZIP: streamed from storage when rendered, else built now. */
export async function orderZipResponse(order: OrderView): Promise<Response> {
  const manifest = await storedManifest(order.number);
  if (manifest) {
    const zip = await storedZip(order.number, manifest);
    return streamAttachment(zip.stream, zip.byteLength, `${order.number}.zip`, 'application/zip');
  }
  const { orderZip } = await import('./order-files');
  return attachment(await orderZip(order), `${order.number}.zip`, 'application/zip');
}

/** One file of the order by name: from storage when rendered, else built now; 404 for a name no line makes. */
export async function orderFileResponse(order: OrderView, name: string): Promise<Response> {
  const manifest = await storedManifest(order.number);
  const entry = manifest?.files.find((f) => f.name === name);
  const body = entry ? await storedFile(order.number, entry) : null;
  if (entry && body) return streamAttachment(body, entry.byteSize, entry.name, entry.contentType);
  if (manifest && !entry) throw new HttpError(404, 'No such file.');
  const { orderFile } = await import('./order-files');
  const file = await orderFile(order, name);
  if (!file) throw new HttpError(404, 'No such file.');
  return attachment(file.bytes, file.name, file.contentType);
}
