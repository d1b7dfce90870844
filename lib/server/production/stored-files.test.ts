// Production files rendered into storage: the same bytes as files built on request, and a ZIP
// streamed from storage that is byte for byte the ZIP built on request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../db/seed';
import { getOrderForMaker } from '../orders/get-order';
import { diskStorage } from '../storage/disk';
import { placePhotoOrder } from '../testing/photo-order';
import { testDatabases, type TestDatabase } from '../testing/databases';
import { orderFile, orderZip } from './order-files';
import { renderOrderToStorage, storedFile, storedManifest, storedZip } from './stored-files';

const [sqlite] = await testDatabases();

async function bytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe('production files in storage', () => {
  let t: TestDatabase;
  let dataDir: string;
  let number: string;
  beforeAll(async () => {
    t = await sqlite!.create();
    await seed(t.db);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-stored-'));
    ({ number } = await placePhotoOrder(t.db, dataDir, {
      slug: 'iphone-17-case',
      lines: 2,
      photo: { width: 1800, height: 1200 },
    }));
  });
  afterAll(async () => {
    await t?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores every file of every line with a manifest, and streams the same ZIP as a build on request', async () => {
    const objects = diskStorage(path.join(dataDir, 'objects'));
    const order = (await getOrderForMaker(number, t.db))!;
    expect(await storedManifest(number, objects)).toBeNull();
    const manifest = await renderOrderToStorage(order, { objects }, objects);
    expect(await storedManifest(number, objects)).toEqual(manifest);
    expect(manifest.files.map((f) => f.name)).toContain(`${number}_2_production-sheet.pdf`);

    for (const entry of manifest.files) {
      const built = await orderFile(order, entry.name, { objects });
      const stored = await bytes((await storedFile(number, entry, objects))!);
      expect(Buffer.compare(stored, Buffer.from(built!.bytes)), entry.name).toBe(0);
      expect(entry.byteSize).toBe(stored.byteLength);
    }

    const zip = await storedZip(number, manifest, objects);
    const streamed = await bytes(zip.stream);
    expect(streamed.byteLength).toBe(zip.byteLength);
    expect(Buffer.compare(streamed, Buffer.concat(await orderZip(order, { objects })))).toBe(0);
  });
});
