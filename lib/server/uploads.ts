import 'server-only';
import { createHash } from 'node:crypto';
import type { Metadata } from 'sharp';
import {
  imageSizeProblem,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_PIXELS,
  sniffImageType,
  UNSUPPORTED_TYPE_MESSAGE,
  UPLOAD_EXTENSIONS,
  UPLOAD_TOO_LARGE_MESSAGE,
  type UploadImageType,
} from '../uploads/sniff';
import { db, type Db } from './db/client';
import { storage, type ObjectRead, type ObjectStorage } from './storage';
import { readAll } from './storage/read-all';

// Shoppers' images, stored by content in the shop's object store (storage/): the key
// uploads/<sha256>/original holds the original, byte for byte (print files are made from it),
// and uploads/<sha256>/preview a small, upright sRGB copy (PNG or JPEG) for the configurator.
// The same bytes uploaded twice are one upload.

/** An upload as the rest of the app sees it. */
export type UploadInfo = {
  id: string;
  mimeType: UploadImageType;
  byteSize: number;
  /** Size after EXIF orientation, as the shopper sees the picture. */
  widthPx: number;
  heightPx: number;
  previewUrl: string;
};

export type StoreUploadResult =
  { ok: true; upload: UploadInfo } | { ok: false; error: string; status: 413 | 415 | 422 };

export type StoredFile = { bytes: Uint8Array<ArrayBuffer>; contentType: string };

/** Where uploads go; both default to the configured environment (tests pass their own). */
export type UploadStore = { conn?: Db; objects?: ObjectStorage };

const PREVIEW_MAX_SIDE_PX = 1024;
const PREVIEW_JPEG_QUALITY = 85;
const CORRUPT_MESSAGE =
  'This image could not be read: the file is damaged or incomplete. Try exporting it again.';
const PREVIEW_TYPES = { png: 'image/png', jpg: 'image/jpeg' } as const;

/** True when `id` can be an upload id (a lowercase sha256 hex digest), so it is safe in a file name. */
export function isUploadId(id: string): boolean {
  return /^[0-9a-f]{64}$/.test(id);
}

/** The object keys of an upload's two files. */
export function uploadKeys(id: string): { original: string; preview: string } {
  return { original: `uploads/${id}/original`, preview: `uploads/${id}/preview` };
}

type UploadRow = { id: string; mimeType: string; byteSize: number; widthPx: number; heightPx: number };

function reshape(row: UploadRow): UploadInfo {
  const mimeType = row.mimeType as UploadImageType;
  if (!(mimeType in UPLOAD_EXTENSIONS))
    throw new Error(`Upload ${row.id} in the database has an unknown type ${row.mimeType}`);
  const { id, byteSize, widthPx, heightPx } = row;
  return { id, mimeType, byteSize, widthPx, heightPx, previewUrl: `/api/uploads/${id}/preview` };
}

/** sharp (libvips) loads with the first upload: a process that only serves pages never needs it. */
const loadSharp = async () => (await import('sharp')).default;

type Inspected =
  { ok: true; widthPx: number; heightPx: number; hasAlpha: boolean } | { ok: false; error: string };

/** Reads the header only (no pixels are decoded), so a decompression bomb is refused cheaply. */
async function inspect(bytes: Uint8Array): Promise<Inspected> {
  let metadata: Metadata;
  try {
    metadata = await (await loadSharp())(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, error: CORRUPT_MESSAGE };
  }
  const { width, height } = metadata.autoOrient;
  const problem = imageSizeProblem(width, height);
  return problem
    ? { ok: false, error: problem }
    : { ok: true, widthPx: width, heightPx: height, hasAlpha: metadata.hasAlpha };
}

/** Decodes every pixel (so a truncated or damaged image fails here) into the preview copy. */
async function renderPreview(
  bytes: Uint8Array,
  format: keyof typeof PREVIEW_TYPES,
): Promise<Buffer | undefined> {
  const pipeline = (await loadSharp())(bytes, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: 'error' })
    .autoOrient()
    .resize({
      width: PREVIEW_MAX_SIDE_PX,
      height: PREVIEW_MAX_SIDE_PX,
      fit: 'inside',
      withoutEnlargement: true,
    })
    .toColourspace('srgb');
  try {
    return await (
      format === 'png' ? pipeline.png() : pipeline.jpeg({ quality: PREVIEW_JPEG_QUALITY })
    ).toBuffer();
  } catch {
    return undefined;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}

/**
 * Validates and stores an uploaded image: 413 over MAX_UPLOAD_BYTES, 415 unless it is a PNG,
 * JPEG or WebP (by its bytes), 422 when it is damaged or its size is out of bounds.
 */
export async function storeUpload(bytes: Uint8Array, store: UploadStore = {}): Promise<StoreUploadResult> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: UPLOAD_TOO_LARGE_MESSAGE, status: 413 };
  const mimeType = sniffImageType(bytes);
  if (!mimeType) return { ok: false, error: UNSUPPORTED_TYPE_MESSAGE, status: 415 };
  const image = await inspect(bytes);
  if (!image.ok) return { ok: false, error: image.error, status: 422 };

  const id = createHash('sha256').update(bytes).digest('hex');
  const objects = store.objects ?? storage();
  const keys = uploadKeys(id);
  // An existing preview means these exact bytes were fully decoded and accepted before. The
  // original goes first, so a preview is never there without it.
  if (!(await objects.head(keys.preview))) {
    const previewFormat = image.hasAlpha ? 'png' : 'jpg';
    const preview = await renderPreview(bytes, previewFormat);
    if (!preview) return { ok: false, error: CORRUPT_MESSAGE, status: 422 };
    await objects.put(keys.original, bytes, { contentType: mimeType });
    await objects.put(keys.preview, preview, { contentType: PREVIEW_TYPES[previewFormat] });
  }

  const conn = store.conn ?? db();
  const data = {
    id,
    sha256: id,
    mimeType,
    byteSize: bytes.byteLength,
    widthPx: image.widthPx,
    heightPx: image.heightPx,
  };
  try {
    return {
      ok: true,
      upload: reshape(await conn.upload.upsert({ where: { sha256: id }, create: data, update: {} })),
    };
  } catch (error) {
    // The same image stored concurrently: the other request's row is the same upload.
    if (!isUniqueViolation(error)) throw error;
    return { ok: true, upload: reshape(await conn.upload.findUniqueOrThrow({ where: { sha256: id } })) };
  }
}

/** An upload by id, or null when the id is malformed or unknown. */
export async function getUpload(id: string, conn: Db = db()): Promise<UploadInfo | null> {
  if (!isUploadId(id)) return null;
  const row = await conn.upload.findUnique({ where: { id } });
  return row ? reshape(row) : null;
}

/** The preview copy as a stream (PNG or JPEG), or null when the id is malformed or unknown. */
export async function openUploadPreview(
  id: string,
  store: Pick<UploadStore, 'objects'> = {},
): Promise<ObjectRead | null> {
  if (!isUploadId(id)) return null;
  return (store.objects ?? storage()).get(uploadKeys(id).preview);
}

async function readWhole(read: ObjectRead | null): Promise<StoredFile | null> {
  return read && { bytes: await readAll(read.body), contentType: read.contentType };
}

/** The preview copy shoppers see (PNG or JPEG), or null when the id is malformed or unknown. */
export async function readUploadPreview(
  id: string,
  store: Pick<UploadStore, 'objects'> = {},
): Promise<StoredFile | null> {
  return readWhole(await openUploadPreview(id, store));
}

/** The original bytes as uploaded, for print files (never served to shoppers), or null. */
export async function readUploadOriginal(
  id: string,
  store: Pick<UploadStore, 'objects'> = {},
): Promise<StoredFile | null> {
  if (!isUploadId(id)) return null;
  return readWhole(await (store.objects ?? storage()).get(uploadKeys(id).original));
}
