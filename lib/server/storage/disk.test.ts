import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe } from 'vitest';
import { diskStorage } from './disk';
import { storageContract } from './storage-contract';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

describe('disk storage', () => {
  storageContract(() => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-storage-'));
    roots.push(root);
    return diskStorage(root);
  });
});
