// Model bytes for tests in node: the committed GLBs (prisma/seed-models, e2e/fixtures) by the
// sha256 of their bytes, served to the loader instead of GET /api/models/<sha256>.glb.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setModelSource } from '../load-glb';

const FOLDERS = ['prisma/seed-models', 'e2e/fixtures'];

/** Makes the model loader read the committed GLBs from disk. */
export function serveCommittedModels(): void {
  const files = new Map<string, string>();
  for (const folder of FOLDERS)
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.glb'))) {
      const file = path.join(folder, name);
      files.set(createHash('sha256').update(readFileSync(file)).digest('hex'), file);
    }
  setModelSource((sha256) => {
    const file = files.get(sha256);
    if (!file) return Promise.reject(new Error(`No committed model has sha256 ${sha256}`));
    const bytes = readFileSync(file);
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  });
}
