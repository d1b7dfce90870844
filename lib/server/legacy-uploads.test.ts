import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importLegacyUploads } from './legacy-uploads';
import { diskStorage } from './storage/disk';
import { readUploadOriginal, readUploadPreview } from './uploads';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('uploads kept in the old folder', () => {
  it('are moved into the object store once, where the app reads them', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-legacy-'));
    dirs.push(dataDir);
    const objects = diskStorage(path.join(dataDir, 'objects'));
    const id = 'a'.repeat(64);
    fs.mkdirSync(path.join(dataDir, 'uploads'));
    fs.writeFileSync(path.join(dataDir, 'uploads', `${id}.webp`), 'original bytes');
    fs.writeFileSync(path.join(dataDir, 'uploads', `${id}.preview.png`), 'preview bytes');
    fs.writeFileSync(path.join(dataDir, 'uploads', `${id}.png.123.tmp`), 'a crashed write');

    expect(await importLegacyUploads(dataDir, objects)).toBe(2);
    const original = await readUploadOriginal(id, { objects });
    expect([Buffer.from(original!.bytes).toString(), original!.contentType]).toEqual([
      'original bytes',
      'image/webp',
    ]);
    const preview = await readUploadPreview(id, { objects });
    expect([Buffer.from(preview!.bytes).toString(), preview!.contentType]).toEqual([
      'preview bytes',
      'image/png',
    ]);

    expect(fs.existsSync(path.join(dataDir, 'uploads'))).toBe(false);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('uploads.imported-'))).toHaveLength(1);
    expect(await importLegacyUploads(dataDir, objects)).toBe(0);
  });
});
