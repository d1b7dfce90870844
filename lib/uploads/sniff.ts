// What an upload may be, decided from its bytes alone: the browser's content type and the
// file name are whatever the client says, so neither is trusted. Pure, so the upload form
// can check a file before sending it and the server can check it again after.

/** The image types shoppers may upload. */
export type UploadImageType = 'image/png' | 'image/jpeg' | 'image/webp';

/** Largest upload accepted, in bytes (20 MiB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Largest image accepted, in pixels (width × height), so decoding stays within memory. */
export const MAX_UPLOAD_PIXELS = 50_000_000;

/** Smallest width or height accepted, in pixels. */
export const MIN_UPLOAD_SIDE_PX = 16;

/** File extension each type is stored under. */
export const UPLOAD_EXTENSIONS: Record<UploadImageType, 'png' | 'jpg' | 'webp'> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** For an `<input type="file" accept>` attribute. */
export const UPLOAD_ACCEPT = 'image/png,image/jpeg,image/webp';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46]; // "RIFF"
const WEBP = [0x57, 0x45, 0x42, 0x50]; // "WEBP"

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

/** The image type the bytes' magic number announces, or undefined when it is not one we accept. */
export function sniffImageType(bytes: Uint8Array): UploadImageType | undefined {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'image/jpeg';
  // A WebP file is a RIFF container: "RIFF", a 4-byte little-endian size, then "WEBP".
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  return undefined;
}

/** What a shopper is told when a file is over MAX_UPLOAD_BYTES. */
export const UPLOAD_TOO_LARGE_MESSAGE = `The file is too large: images up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB are accepted.`;

/** What a shopper is told when a file is not a PNG, JPEG or WebP image. */
export const UNSUPPORTED_TYPE_MESSAGE = 'This file type is not supported: upload a PNG, JPEG or WebP image.';

/** Why an image of this size (after EXIF orientation) is refused, or undefined when it is fine. */
export function imageSizeProblem(widthPx: number, heightPx: number): string | undefined {
  if (widthPx < MIN_UPLOAD_SIDE_PX || heightPx < MIN_UPLOAD_SIDE_PX) {
    return `The image is too small (${widthPx} × ${heightPx} px): it needs at least ${MIN_UPLOAD_SIDE_PX} px on each side.`;
  }
  if (widthPx * heightPx > MAX_UPLOAD_PIXELS) {
    return `The image has too many pixels (${widthPx} × ${heightPx} px): the limit is ${MAX_UPLOAD_PIXELS / 1_000_000} megapixels.`;
  }
  return undefined;
}
