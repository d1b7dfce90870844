import 'server-only';
import { Readable } from 'node:stream';
import { SpecRefusal } from '../../spec/line-files';
import { HttpError } from './json';
import { logger } from '../ops/logger';

// File downloads of the maker's area. Every failure is mapped here: 401 when not signed in,
// 404 for an unknown order or file, 409 for a cancelled order, 422 when production refuses the
// design, else a bare 500.

/** A file as an attachment that no cache keeps; pieces (a ZIP's, say) are streamed in order. */
export function attachment(bytes: Uint8Array | Uint8Array[], name: string, contentType: string): Response {
  const parts = Array.isArray(bytes) ? bytes : [bytes];
  const length = parts.reduce((sum, part) => sum + part.byteLength, 0);
  let next = 0;
  const body =
    parts.length === 1
      ? (parts[0] as Uint8Array<ArrayBuffer>)
      : new ReadableStream<Uint8Array>({
          pull(controller) {
            const part = parts[next++];
            if (part) controller.enqueue(part);
            else controller.close();
          },
        });
  return new Response(body, { headers: attachmentHeaders(length, name, contentType) });
}

/** A file streamed from storage as an attachment, its length known up front. */
export function streamAttachment(
  stream: Readable,
  length: number,
  name: string,
  contentType: string,
): Response {
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: attachmentHeaders(length, name, contentType),
  });
}

function attachmentHeaders(length: number, name: string, contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'content-length': String(length),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  };
}

/** Runs a download handler with the error mapping above. */
export async function handleDownload(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    const status = error instanceof HttpError ? error.status : error instanceof SpecRefusal ? 422 : 500;
    if (status === 500) logger().error({ err: error }, 'Download failed');
    const message =
      error instanceof HttpError || error instanceof SpecRefusal ? error.message : 'Something went wrong.';
    return new Response(message, {
      status,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
}
