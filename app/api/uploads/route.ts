import { storeUpload, type StoreUploadResult } from '@/lib/server/uploads';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from '@/lib/uploads/sniff';
import { logger } from '@/lib/server/ops/logger';

// POST /api/uploads: multipart/form-data with one image in the `file` field.
// 201 UploadInfo | 413 | 415 | 422 { error } | 500 { error } (details go to the log only).

export const runtime = 'nodejs';

// Room for the multipart boundary and part headers around a file of the maximum size.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

type Failure = Extract<StoreUploadResult, { ok: false }>;

const tooLarge: Failure = { ok: false, error: UPLOAD_TOO_LARGE_MESSAGE, status: 413 };
const notMultipart: Failure = {
  ok: false,
  error: 'Send the image as multipart/form-data in a field named "file".',
  status: 415,
};
const noFile: Failure = { ok: false, error: 'Choose an image file to upload.', status: 422 };

/** Reads the body, giving up as soon as it passes the limit instead of buffering all of it. */
async function readBody(request: Request): Promise<Uint8Array<ArrayBuffer> | Failure> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_BODY_BYTES) return tooLarge;
  if (!request.body) return noFile;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function readFile(request: Request): Promise<Uint8Array | Failure> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return notMultipart;
  const body = await readBody(request);
  if (!(body instanceof Uint8Array)) return body;
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return { ok: false, error: 'The upload could not be read: the form data is malformed.', status: 422 };
  }
  const file = form.get('file');
  if (!(file instanceof Blob) || file.size === 0) return noFile;
  if (file.size > MAX_UPLOAD_BYTES) return tooLarge;
  return new Uint8Array(await file.arrayBuffer());
}

/** The one place results and errors become HTTP responses. */
function respond(result: StoreUploadResult | Failure): Response {
  if (result.ok) return Response.json(result.upload, { status: 201 });
  return Response.json({ error: result.error }, { status: result.status });
}

export async function POST(request: Request): Promise<Response> {
  try {
    const file = await readFile(request);
    return respond(file instanceof Uint8Array ? await storeUpload(file) : file);
  } catch (error) {
    logger().error({ err: error }, 'POST /api/uploads failed');
    return Response.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
