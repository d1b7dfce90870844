import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../uploads/sniff';
import type { ObjectStorage } from './storage';
import { diskStorage } from './storage/disk';
import { testDatabases, type TestDatabase } from './testing/databases';
import { startS3Server, type TestS3Server } from './testing/s3-server';
import { s3Storage } from './storage/s3';
import {
  getUpload,
  openUploadPreview,
  readUploadOriginal,
  readUploadPreview,
  storeUpload,
  type UploadStore,
} from './uploads';

const kinds = await testDatabases();

async function keys(objects: ObjectStorage): Promise<string[]> {
  const found: string[] = [];
  for await (const object of objects.list('uploads/')) found.push(object.key);
  return found;
}

/** A photo-like image: noise, so it does not compress to nothing and truncation bites. */
function noisy(width: number, height: number, channels: 3 | 4 = 3) {
  return sharp({
    create: {
      width,
      height,
      channels,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  });
}

/** A PNG whose header claims a size; its pixels are never there (a decompression bomb's shape). */
async function pngClaiming(width: number, height: number): Promise<Uint8Array> {
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  // Signature (8), IHDR length and type (8), then width and height; the CRC covers type + data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)), 29);
  return png;
}

describe.each(kinds)('uploads on $name', (kind) => {
  let t: TestDatabase;
  let dataDir: string;
  let objects: ObjectStorage;
  let store: Required<UploadStore>;
  /** Every key under uploads/, and how many objects were written so far. */
  const files = async () => (await keys(objects)).sort();
  let writes = 0;

  beforeAll(async () => {
    if (!kind.available) return;
    t = await kind.create();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-uploads-'));
    const disk = diskStorage(dataDir);
    objects = { ...disk, put: (...args) => (writes++, disk.put(...args)) };
    store = { conn: t.db, objects };
  });
  afterAll(async () => {
    await t?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.skipIf(!kind.available)('accepts PNG, JPEG and WebP and records their type and pixel size', async () => {
    const cases = [
      { bytes: await noisy(300, 200, 4).png().toBuffer(), mimeType: 'image/png', size: [300, 200] },
      { bytes: await noisy(640, 480).jpeg().toBuffer(), mimeType: 'image/jpeg', size: [640, 480] },
      { bytes: await noisy(200, 100).webp().toBuffer(), mimeType: 'image/webp', size: [200, 100] },
    ];
    for (const { bytes, mimeType, size } of cases) {
      const result = await storeUpload(bytes, store);
      if (!result.ok) throw new Error(result.error);
      const id = result.upload.id;
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect(result.upload).toEqual({
        id,
        mimeType,
        byteSize: bytes.length,
        widthPx: size[0],
        heightPx: size[1],
        previewUrl: `/api/uploads/${id}/preview`,
      });
      expect(await getUpload(id, t.db)).toEqual(result.upload);
    }
    expect(await t.db.upload.count()).toBe(3);
  });

  it.skipIf(!kind.available)('uses the size the picture is seen at: EXIF orientation applied', async () => {
    // Stored landscape, but the camera was held upright (orientation 6: rotate 90° clockwise).
    const bytes = await noisy(400, 300).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const result = await storeUpload(bytes, store);
    expect(result.ok && [result.upload.widthPx, result.upload.heightPx]).toEqual([300, 400]);
    const preview = await readUploadPreview(result.ok ? result.upload.id : '', { objects });
    const shown = await sharp(preview!.bytes).metadata();
    expect([shown.width, shown.height, shown.orientation]).toEqual([300, 400, undefined]);
  });

  it.skipIf(!kind.available)(
    'keeps the original byte for byte and a preview of at most 1024 px in sRGB',
    async () => {
      const photo = await noisy(2000, 1500).jpeg({ quality: 90 }).toBuffer();
      const result = await storeUpload(photo, store);
      if (!result.ok) throw new Error(result.error);
      const original = await readUploadOriginal(result.upload.id, { objects });
      expect(original?.contentType).toBe('image/jpeg');
      expect(Buffer.from(original!.bytes).equals(photo)).toBe(true);

      const preview = await readUploadPreview(result.upload.id, { objects });
      expect(preview?.contentType).toBe('image/jpeg');
      const meta = await sharp(preview!.bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.space]).toEqual(['jpeg', 1024, 768, 'srgb']);

      // Transparency survives in the preview: PNG when the source has alpha.
      const logo = await storeUpload(await noisy(1600, 400, 4).png().toBuffer(), store);
      const logoPreview = await readUploadPreview(logo.ok ? logo.upload.id : '', { objects });
      const logoMeta = await sharp(logoPreview!.bytes).metadata();
      expect([logoPreview?.contentType, logoMeta.width, logoMeta.height, logoMeta.hasAlpha]).toEqual([
        'image/png',
        1024,
        256,
        true,
      ]);
    },
  );

  it.skipIf(!kind.available)(
    'stores the same bytes once: same id, one row, files not rewritten',
    async () => {
      const bytes = await noisy(120, 90).png().toBuffer();
      const [first, concurrent] = await Promise.all([storeUpload(bytes, store), storeUpload(bytes, store)]);
      if (!first.ok) throw new Error(first.error);
      expect(concurrent).toEqual(first);
      const id = first.upload.id;
      expect((await files()).filter((key) => key.includes(id))).toEqual([
        `uploads/${id}/original`,
        `uploads/${id}/preview`,
      ]);
      expect(await objects.head(`uploads/${id}/original`)).toMatchObject({ contentType: 'image/png' });
      expect(await objects.head(`uploads/${id}/preview`)).toMatchObject({ contentType: 'image/jpeg' });

      const before = writes;
      expect(await storeUpload(bytes, store)).toEqual(first);
      expect(writes).toBe(before);
      expect(await t.db.upload.count({ where: { sha256: id } })).toBe(1);
    },
  );

  it.skipIf(!kind.available)('refuses a text file named .png as unsupported (415)', async () => {
    const before = await files();
    const result = await storeUpload(new TextEncoder().encode('not really a picture\n'), store);
    expect(result).toEqual({
      ok: false,
      status: 415,
      error: 'This file type is not supported: upload a PNG, JPEG or WebP image.',
    });
    expect(await files()).toEqual(before);
  });

  it.skipIf(!kind.available)('refuses more than 20 MiB (413) without writing anything', async () => {
    const before = { files: await files(), rows: await t.db.upload.count() };
    const huge = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    huge.set(await noisy(64, 64).png().toBuffer());
    const result = await storeUpload(huge, store);
    expect(result).toMatchObject({
      ok: false,
      status: 413,
      error: expect.stringContaining('20 MB') as string,
    });
    expect({ files: await files(), rows: await t.db.upload.count() }).toEqual(before);
  });

  it.skipIf(!kind.available)('refuses damaged images (422) without writing anything', async () => {
    const before = { files: await files(), rows: await t.db.upload.count() };
    const png = await noisy(256, 256).png().toBuffer();
    const jpeg = await noisy(256, 256).jpeg().toBuffer();
    for (const broken of [
      png.subarray(0, png.length / 2),
      jpeg.subarray(0, jpeg.length / 2),
      png.subarray(0, 12),
    ]) {
      expect(await storeUpload(broken, store)).toEqual({
        ok: false,
        status: 422,
        error: 'This image could not be read: the file is damaged or incomplete. Try exporting it again.',
      });
    }
    expect({ files: await files(), rows: await t.db.upload.count() }).toEqual(before);
  });

  it.skipIf(!kind.available)(
    'refuses images too small or with too many pixels (422), reading only the header',
    async () => {
      expect(await storeUpload(await noisy(15, 200).png().toBuffer(), store)).toMatchObject({
        ok: false,
        status: 422,
        error: expect.stringContaining('too small') as string,
      });
      const bomb = await pngClaiming(10_000, 5_001);
      expect(await storeUpload(bomb, store)).toEqual({
        ok: false,
        status: 422,
        error: 'The image has too many pixels (10000 × 5001 px): the limit is 50 megapixels.',
      });
    },
  );

  it.skipIf(!kind.available)(
    'finds nothing for unknown or malformed ids, and never leaves the uploads folder',
    async () => {
      fs.writeFileSync(path.join(dataDir, 'secret.preview.png'), 'secret');
      const unknown = 'f'.repeat(64);
      for (const id of [unknown, '../secret', '..%2Fsecret', 'F'.repeat(64), `${unknown}/..`]) {
        expect(await getUpload(id, t.db)).toBeNull();
        expect(await readUploadPreview(id, { objects })).toBeNull();
        expect(await readUploadOriginal(id, { objects })).toBeNull();
      }
    },
  );
});

describe('uploads in an S3 bucket', () => {
  let s3: TestS3Server;
  let t: TestDatabase;
  beforeAll(async () => {
    s3 = await startS3Server();
    t = await kinds[0]!.create();
  });
  afterAll(async () => {
    await t?.drop();
    await s3?.stop();
  });

  it('stores the original and the preview as objects, and streams the preview back', async () => {
    const objects = s3Storage(s3.config('shop'));
    const photo = await noisy(1200, 900).jpeg().toBuffer();
    const result = await storeUpload(photo, { conn: t.db, objects });
    if (!result.ok) throw new Error(result.error);
    expect(await keys(objects)).toEqual([
      `uploads/${result.upload.id}/original`,
      `uploads/${result.upload.id}/preview`,
    ]);
    const original = await readUploadOriginal(result.upload.id, { objects });
    expect(Buffer.from(original!.bytes).equals(photo)).toBe(true);
    const preview = await openUploadPreview(result.upload.id, { objects });
    expect(preview).toMatchObject({ contentType: 'image/jpeg' });
    const meta = await sharp(await readAllOf(preview!.body)).metadata();
    expect([meta.width, meta.height]).toEqual([1024, 768]);
  });
});

async function readAllOf(body: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
