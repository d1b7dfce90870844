import 'server-only';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertKey, type ObjectStorage, type StoredObject } from './types';

// Objects as files under one folder. Content types are kept in a small sidecar file, so a
// download answers with the type it was stored with. Writes go to a temporary file that is
// renamed into place: a crash leaves the old object or the new one, never half of one.

const META = '.meta.json';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Storage in the folder `root` (created on first write). */
export function diskStorage(root: string): ObjectStorage {
  const file = (key: string) => {
    assertKey(key);
    return path.join(root, ...key.split('/'));
  };
  const readMeta = async (key: string): Promise<StoredObject | null> => {
    const target = file(key);
    try {
      const [stat, meta] = await Promise.all([
        fs.stat(target),
        fs.readFile(target + META, 'utf8').catch(() => '{}'),
      ]);
      const { contentType } = JSON.parse(meta) as { contentType?: string };
      return { key, byteSize: stat.size, contentType: contentType ?? 'application/octet-stream' };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };

  return {
    async put(key, body, { contentType }) {
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${randomUUID()}.tmp`;
      try {
        const out = createWriteStream(temp, { flags: 'wx' });
        await pipeline(body instanceof Uint8Array ? Readable.from([body]) : body, out);
        const handle = await fs.open(temp, 'r');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.writeFile(target + META, JSON.stringify({ contentType }));
        await fs.rename(temp, target);
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw error;
      }
      const stat = await fs.stat(target);
      return { key, byteSize: stat.size, contentType };
    },
    async get(key) {
      const meta = await readMeta(key);
      return meta ? { ...meta, body: createReadStream(file(key)) } : null;
    },
    head: readMeta,
    async delete(key) {
      const target = file(key);
      await Promise.all([fs.rm(target, { force: true }), fs.rm(target + META, { force: true })]);
    },
    async *list(prefix) {
      async function* walk(dir: string, keyPrefix: string): AsyncGenerator<string> {
        let entries: Dirent[];
        try {
          entries = await fs.readdir(dir, { withFileTypes: true });
        } catch (error) {
          if (isMissing(error)) return;
          throw error;
        }
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
          const key = keyPrefix ? `${keyPrefix}/${entry.name}` : entry.name;
          if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), key);
          else if (!entry.name.endsWith(META) && !entry.name.endsWith('.tmp')) yield key;
        }
      }
      for await (const key of walk(root, '')) {
        if (!key.startsWith(prefix)) continue;
        const meta = await readMeta(key);
        if (meta) yield meta;
      }
    },
    async ping() {
      await fs.mkdir(root, { recursive: true });
      await fs.access(root, fs.constants.W_OK);
    },
  };
}
