import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
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
import { readEnv } from './env';

// Shoppers' images, stored by content: <dataDir>/uploads/<sha256>.<ext> is the original,
// byte for byte (print files are made from it), and <sha256>.preview.<png|jpg> a small,
// upright sRGB copy for the configurator. The same bytes uploaded twice are one upload.

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

export type StoreUploadResult = { ok: true; upload: UploadInfo } | { ok: false; error: string; status: 413 | 415 | 422 };

export type StoredFile = { bytes: Uint8Array<ArrayBuffer>; contentType: string };

/** Where uploads go; both default to the configured environment (tests pass their own). */
export type UploadStore = { conn?: Db; dataDir?: string };

const PREVIEW_MAX_SIDE_PX = 1024;
const PREVIEW_JPEG_QUALITY = 85;
const CORRUPT_MESSAGE = 'This image could not be read: the file is damaged or incomplete. Try exporting it again.';
const PREVIEW_TYPES = { png: 'image/png', jpg: 'image/jpeg' } as const;

/** True when `id` can be an upload id (a lowercase sha256 hex digest), so it is safe in a file name. */
export function isUploadId(id: string): boolean {
  return /^[0-9a-f]{64}$/.test(id);
}

function uploadsDir(dataDir: string | undefined): string {
  return path.join(dataDir ?? readEnv().dataDir, 'uploads');
}

type UploadRow = { id: string; mimeType: string; byteSize: number; widthPx: number; heightPx: number };

function reshape(row: UploadRow): UploadInfo {
  const mimeType = row.mimeType as UploadImageType;
  if (!(mimeType in UPLOAD_EXTENSIONS)) throw new Error(`Upload ${row.id} in the database has an unknown type ${row.mimeType}`);
  const { id, byteSize, widthPx, heightPx } = row;
  return { id, mimeType, byteSize, widthPx, heightPx, previewUrl: `/api/uploads/${id}/preview` };
}

type Inspected = { ok: true; widthPx: number; heightPx: number; hasAlpha: boolean } | { ok: false; error: string };

/** Reads the header only (no pixels are decoded), so a decompression bomb is refused cheaply. */
async function inspect(bytes: Uint8Array): Promise<Inspected> {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, error: CORRUPT_MESSAGE };
  }
  const { width, height } = metadata.autoOrient;
  const problem = imageSizeProblem(width, height);
  return problem ? { ok: false, error: problem } : { ok: true, widthPx: width, heightPx: height, hasAlpha: metadata.hasAlpha };
}

/** Decodes every pixel (so a truncated or damaged image fails here) into the preview copy. */
async function renderPreview(bytes: Uint8Array, format: keyof typeof PREVIEW_TYPES): Promise<Buffer | undefined> {
  const pipeline = sharp(bytes, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: 'error' })
    .autoOrient()
    .resize({ width: PREVIEW_MAX_SIDE_PX, height: PREVIEW_MAX_SIDE_PX, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb');
  try {
    return await (format === 'png' ? pipeline.png() : pipeline.jpeg({ quality: PREVIEW_JPEG_QUALITY })).toBuffer();
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)),
  );
}

/** Writes a file whole or not at all: readers never see a partial file, even after a crash. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
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
  const dir = uploadsDir(store.dataDir);
  const previewFormat = image.hasAlpha ? 'png' : 'jpg';
  const previewFile = path.join(dir, `${id}.preview.${previewFormat}`);
  // An existing preview means these exact bytes were fully decoded and accepted before.
  if (!(await exists(previewFile))) {
    const preview = await renderPreview(bytes, previewFormat);
    if (!preview) return { ok: false, error: CORRUPT_MESSAGE, status: 422 };
    await fs.mkdir(dir, { recursive: true });
    await writeAtomically(previewFile, preview);
  }
  const originalFile = path.join(dir, `${id}.${UPLOAD_EXTENSIONS[mimeType]}`);
  if (!(await exists(originalFile))) await writeAtomically(originalFile, bytes);

  const conn = store.conn ?? db();
  const data = { id, sha256: id, mimeType, byteSize: bytes.byteLength, widthPx: image.widthPx, heightPx: image.heightPx };
  try {
    return { ok: true, upload: reshape(await conn.upload.upsert({ where: { sha256: id }, create: data, update: {} })) };
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

async function readFirst(dir: string, candidates: [name: string, contentType: string][]): Promise<StoredFile | null> {
  for (const [name, contentType] of candidates) {
    try {
      return { bytes: await fs.readFile(path.join(dir, name)), contentType };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return null;
}

/** The preview copy shoppers see (PNG or JPEG), or null when the id is malformed or unknown. */
export async function readUploadPreview(id: string, store: Pick<UploadStore, 'dataDir'> = {}): Promise<StoredFile | null> {
  if (!isUploadId(id)) return null;
  const formats = Object.entries(PREVIEW_TYPES);
  return readFirst(uploadsDir(store.dataDir), formats.map(([ext, type]) => [`${id}.preview.${ext}`, type]));
}

/** The original bytes as uploaded, for print files (never served to shoppers), or null. */
export async function readUploadOriginal(id: string, store: Pick<UploadStore, 'dataDir'> = {}): Promise<StoredFile | null> {
  if (!isUploadId(id)) return null;
  const types = Object.entries(UPLOAD_EXTENSIONS);
  return readFirst(uploadsDir(store.dataDir), types.map(([type, ext]) => [`${id}.${ext}`, type]));
}
