import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

export type DbTarget = { provider: 'sqlite'; file: string } | { provider: 'postgresql'; url: string };

/** Which database a DATABASE_URL points at. SQLite paths are relative to the working directory. */
export function dbTarget(url: string): DbTarget {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { provider: 'postgresql', url };
  if (url.startsWith('file:')) {
    const file = path.resolve(url.slice('file:'.length));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return { provider: 'sqlite', file };
  }
  throw new Error(`Unsupported DATABASE_URL "${url}": use file:<path> or postgresql://...`);
}
