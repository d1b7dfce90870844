import 'server-only';
import { SpecRefusal } from '../../spec/line-files';
import { HttpError } from './json';

// File downloads of the maker's area. Every failure is mapped here: 401 when not signed in,
// 404 for an unknown order or file, 422 when production refuses the design, else a bare 500.

/** A file as an attachment that no cache keeps. */
export function attachment(bytes: Uint8Array, name: string, contentType: string): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'content-length': String(bytes.byteLength),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** Runs a download handler with the error mapping above. */
export async function handleDownload(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    const status = error instanceof HttpError ? error.status : error instanceof SpecRefusal ? 422 : 500;
    if (status === 500) console.error('Download failed', error);
    const message = error instanceof HttpError || error instanceof SpecRefusal ? error.message : 'Something went wrong.';
    return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  }
}
