import 'server-only';
import { MAX_MODEL_BYTES } from '../../models/upload';
import { HttpError } from '../http/json';
import { TOO_LARGE } from './read-upload';

// Reads a model upload from multipart/form-data (one file in the field "file"), giving up as
// soon as the body passes the limit instead of buffering all of it.

// Room for the multipart boundary and part headers around a file of the maximum size.
const MAX_BODY_BYTES = MAX_MODEL_BYTES + 64 * 1024;
const tooLarge = () => new HttpError(413, TOO_LARGE.error);

async function readBody(request: Request): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) throw new HttpError(422, 'Choose a .glb or .zip file to upload.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The uploaded file's bytes and name; HttpError 413/415/422 when there is none to read. */
export async function readModelForm(request: Request): Promise<{ bytes: Uint8Array; fileName: string }> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType))
    throw new HttpError(415, 'Send the model as multipart/form-data in a field named "file".');
  const body = await readBody(request);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new HttpError(422, 'The upload could not be read: the form data is malformed.');
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0)
    throw new HttpError(422, 'Choose a .glb or .zip file to upload.');
  if (file.size > MAX_MODEL_BYTES) throw tooLarge();
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name || 'model.glb' };
}
