import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { jsCrc32, zipSync } from './zip';

const text = (s: string) => new TextEncoder().encode(s);
const entries = [
  { name: 'order/a_spec.json', bytes: text(JSON.stringify({ hello: 'world', list: Array.from({ length: 50 }, (_, i) => i) })), deflate: true },
  { name: 'order/b.png', bytes: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251) },
  { name: 'order/ünïcode name.svg', bytes: text('<svg/>') },
];

describe('zipSync', () => {
  it('computes the same CRC-32 as zlib', () => {
    for (const e of entries) expect(jsCrc32(e.bytes)).toBe(crc32(e.bytes));
    expect(jsCrc32(new Uint8Array(0))).toBe(0);
  });

  it('writes an archive other tools read back entry for entry', () => {
    const zip = zipSync(entries, crc32);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(back[e.name]).toEqual(e.bytes);
    // Python's zipfile checks every CRC and the central directory on its own.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'zip-')), 'test.zip');
    writeFileSync(file, zip);
    const report = execFileSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print([(i.filename, i.date_time, i.compress_type) for i in z.infolist()])', file], { encoding: 'utf8' });
    expect(report).toContain('None\n');
    expect(report).toContain("('order/a_spec.json', (1980, 1, 1, 0, 0, 0), 8)");
    expect(report).toContain("('order/ünïcode name.svg', (1980, 1, 1, 0, 0, 0), 0)");
  });

  it('gives the same bytes for the same entries, whichever CRC-32 is used', () => {
    expect(zipSync(entries, crc32)).toEqual(zipSync(entries));
  });
});
