// Decoded uploads (the preview copies), by upload id: decoded once, off the main thread.
const decoded = new Map<string, ImageBitmap>();
const decoding = new Map<string, Promise<void>>();

/** The decoded picture of an upload, or undefined while it is being decoded (or failed). */
export function decodedPicture(uploadId: string): ImageBitmap | undefined {
  return decoded.get(uploadId);
}

/** Decodes an upload's picture from its data: URL, once. */
export function decodePicture(uploadId: string, href: string): Promise<void> {
  let pending = decoding.get(uploadId);
  if (!pending) {
    pending = fetch(href)
      .then((response) => response.blob())
      .then((blob) => createImageBitmap(blob))
      .then((bitmap) => void decoded.set(uploadId, bitmap));
    pending.catch(() => decoding.delete(uploadId));
    decoding.set(uploadId, pending);
  }
  return pending;
}
