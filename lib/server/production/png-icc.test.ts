import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { srgbProfile } from './print-images';
import { withIccChunk } from './png-icc';

describe('withIccChunk', () => {
  it('labels a PNG with the profile without touching its pixels', async () => {
    const pixels = Buffer.from([255, 0, 0, 255, 0, 128, 255, 64, 10, 20, 30, 0, 1, 2, 3, 4]);
    const png = await sharp(pixels, { raw: { width: 2, height: 2, channels: 4 } }).withDensity(300).png().toBuffer();
    const profile = await srgbProfile();
    const tagged = withIccChunk(png, profile);
    const meta = await sharp(tagged).metadata();
    expect(Buffer.from(meta.icc!)).toEqual(Buffer.from(profile));
    expect(meta.density).toBe(300);
    expect(await sharp(tagged).raw().toBuffer()).toEqual(pixels);
    // An independent reader (Python) walks the chunks: every CRC must hold, iCCP right after IHDR.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'png-')), 'a.png');
    writeFileSync(file, tagged);
    const chunks = execFileSync('python3', ['-c', CHECK, file], { encoding: 'utf8' }).trim();
    expect(chunks).toMatch(/^IHDR iCCP (eXIf )?pHYs IDAT IEND$/);
  });

  it('replaces a profile the PNG had rather than adding a second', async () => {
    const profile = await srgbProfile();
    const once = withIccChunk(await sharp({ create: { width: 1, height: 1, channels: 3, background: '#123456' } }).png().toBuffer(), profile);
    expect(withIccChunk(once, profile)).toEqual(once);
  });
});

// Walks the chunks, checking each CRC-32 as a PNG reader does.
const CHECK = `
import sys, struct, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
at, names = 8, []
while at < len(data):
    n, kind = struct.unpack('>I4s', data[at:at + 8])
    body = data[at + 8:at + 8 + n]
    assert struct.unpack('>I', data[at + 8 + n:at + 12 + n])[0] == zlib.crc32(kind + body), kind
    names.append(kind.decode())
    at += 12 + n
print(' '.join(names))
`;
