import 'server-only';
import { HttpError } from './json';

// Reads a studio upload from multipart/form-data: one file in the field "file" and text fields
// beside it, giving up as soon as the body passes the limit instead of buffering all of it.

/** The file's bytes and name, and the form's text fields; HttpError 413/415/422 otherwise. */
export async function readUploadForm(
  request: Request,
  { maxFileBytes, tooLarge, missing }: { maxFileBytes: number; tooLarge: string; missing: string },
): Promise<{ bytes: Uint8Array; fileName: string; fields: Record<string, string> }> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType))
    throw new HttpError(415, 'Send the upload as multipart/form-data with the file in a field named "file".');
  // Room for the boundary, the part headers and the text fields around a file of the maximum size.
  const maxBody = maxFileBytes + 64 * 1024;
  if (Number(request.headers.get('content-length') ?? 0) > maxBody) throw new HttpError(413, tooLarge);
  const reader = request.body?.getReader();
  if (!reader) throw new HttpError(422, missing);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBody) {
      await reader.cancel();
      throw new HttpError(413, tooLarge);
    }
    chunks.push(chunk.value);
  }
  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new HttpError(422, 'The upload could not be read: the form data is malformed.');
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) throw new HttpError(422, missing);
  if (file.size > maxFileBytes) throw new HttpError(413, tooLarge);
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value;
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, fields };
}
