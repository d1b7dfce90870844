import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { storedFilesOf } from '../../kinds/traits';
import type { Template } from '../../templates/schema';
import { storage, type ObjectStorage } from '../storage';
import { putModel } from './stored-models';

// The seed catalogue's models are committed under prisma/seed-models/ (made in Blender by
// scripts/blender/); seeding stores each under its hash, as a brand's upload is stored.

export const SEED_MODELS_DIR = path.join(process.cwd(), 'prisma', 'seed-models');

/** Stores the files every seed template names by hash (its 3D model); refuses a file whose hash the template does not name. */
export async function storeSeedModels(
  templates: Template[],
  store: ObjectStorage = storage(),
  dir = SEED_MODELS_DIR,
): Promise<number> {
  let stored = 0;
  for (const t of templates)
    for (const { fileName, sha256 } of storedFilesOf(t)) {
      const bytes = new Uint8Array(await readFile(path.join(dir, path.basename(fileName))));
      const put = await putModel(bytes, store);
      if (put.sha256 !== sha256)
        throw new Error(`Seed model ${fileName} has sha256 ${put.sha256}, but ${t.slug} names ${sha256}`);
      stored++;
    }
  return stored;
}
