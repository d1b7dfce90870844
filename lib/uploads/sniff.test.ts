import { describe, expect, it } from 'vitest';
import { imageSizeProblem, MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS, MIN_UPLOAD_SIDE_PX, sniffImageType } from './sniff';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('sniffImageType', () => {
  it('recognises PNG, JPEG and WebP by their magic bytes', () => {
    expect(sniffImageType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR'))).toBe('image/png');
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'))).toBe('image/jpeg');
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe1, 0, 16], 'Exif'))).toBe('image/jpeg');
    expect(sniffImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
  });

  it('ignores what the file claims to be: text named photo.png is not an image', () => {
    expect(sniffImageType(new TextEncoder().encode('hello, this is photo.png'))).toBeUndefined();
  });

  it('refuses other formats and other RIFF containers', () => {
    expect(sniffImageType(bytes('GIF89a', [1, 0, 1, 0]))).toBeUndefined();
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(sniffImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeUndefined();
    expect(sniffImageType(bytes([0, 0, 0, 0x20], 'ftypheic'))).toBeUndefined();
  });

  it('refuses empty and truncated signatures', () => {
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
    expect(sniffImageType(bytes([0x89], 'PNG'))).toBeUndefined();
    expect(sniffImageType(bytes([0xff, 0xd8]))).toBeUndefined();
    expect(sniffImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WEB'))).toBeUndefined();
  });
});

describe('upload limits', () => {
  it('are 20 MiB, 50 megapixels and 16 px a side', () => {
    expect(MAX_UPLOAD_BYTES).toBe(20_971_520);
    expect(MAX_UPLOAD_PIXELS).toBe(50_000_000);
    expect(MIN_UPLOAD_SIDE_PX).toBe(16);
  });

  it('accept images between the limits and explain the ones outside them', () => {
    expect(imageSizeProblem(16, 16)).toBeUndefined();
    expect(imageSizeProblem(10_000, 5_000)).toBeUndefined();
    expect(imageSizeProblem(15, 400)).toBe('The image is too small (15 × 400 px): it needs at least 16 px on each side.');
    expect(imageSizeProblem(10_000, 5_001)).toBe('The image has too many pixels (10000 × 5001 px): the limit is 50 megapixels.');
  });
});
