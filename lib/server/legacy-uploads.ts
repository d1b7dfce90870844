import 'server-only';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ObjectStorage } from './storage';
import { uploadKeys } from './uploads';

// Before the object store, uploads were files in <DATA_DIR>/uploads: <sha256>.<ext> (the
// original) and <sha256>.preview.<png|jpg>. npm start moves them into the store once, then
// renames the folder, so a shop that upgrades keeps its shoppers' pictures.

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };
const ORIGINAL = /^([0-9a-f]{64})\.(png|jpg|webp)$/;
const PREVIEW = /^([0-9a-f]{64})\.preview\.(png|jpg)$/;

/** Copies the old uploads folder into `objects`; answers how many files were copied (0 when there is none). */
export async function importLegacyUploads(dataDir: string, objects: ObjectStorage): Promise<number> {
  const dir = path.join(dataDir, 'uploads');
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let copied = 0;
  for (const name of names.sort()) {
    const original = ORIGINAL.exec(name);
    const preview = PREVIEW.exec(name);
    const match = original ?? preview;
    if (!match) continue;
    const keys = uploadKeys(match[1]!);
    const contentType = TYPES[match[2]!]!;
    await objects.put(original ? keys.original : keys.preview, createReadStream(path.join(dir, name)), {
      contentType,
    });
    copied++;
  }
  await fs.rename(dir, `${dir}.imported-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  return copied;
}
