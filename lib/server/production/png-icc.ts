import 'server-only';
import { crc32, deflateSync } from 'node:zlib';

// Tags a PNG with an ICC profile by adding its iCCP chunk. sharp's withIccProfile() converts
// every pixel through lcms to attach one (0.15 s of CPU per 15-megapixel print), although our
// pixels are sRGB already and only the label is missing.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.byteLength);
  out.writeUInt32BE(data.byteLength, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.byteLength)), 8 + data.byteLength);
  return out;
}

/** The PNG with an iCCP chunk right after IHDR (replacing any iCCP, sRGB or gAMA it had). */
export function withIccChunk(png: Uint8Array, profile: Uint8Array, name = 'sRGB'): Buffer {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG');
  const kept: Buffer[] = [SIGNATURE];
  let at = 8;
  while (at < bytes.byteLength) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const whole = bytes.subarray(at, at + 12 + length);
    // The colour space chunks an ICC profile overrides; PNG allows only one of iCCP and sRGB.
    if (!['iCCP', 'sRGB', 'gAMA', 'cHRM'].includes(type)) kept.push(whole);
    if (type === 'IHDR') kept.push(chunk('iCCP', Buffer.concat([Buffer.from(`${name}\0\0`, 'latin1'), deflateSync(profile)])));
    at += 12 + length;
  }
  return Buffer.concat(kept);
}
