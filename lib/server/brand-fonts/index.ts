import 'server-only';
import { createHash } from 'node:crypto';
import { parse, type Font } from 'opentype.js';
import type { BrandFontSummary } from '../../brand-fonts/limits';
import { db, type Db } from '../db/client';
import { storage, type ObjectStorage } from '../storage';
import { readAll } from '../storage/read-all';
import { readFont, sampleSvg } from './read-font';

// Brands' fonts: checked on upload (read-font.ts), stored content-addressed in the object store
// under fonts/<sha256> (the same bytes once, never changed), listed with a sample drawn as
// outlines, and deleted with their object when no other row names them.

const SHA256 = /^[0-9a-f]{64}$/;
const CONTENT_TYPES = { ttf: 'font/ttf', otf: 'font/otf', woff: 'font/woff' } as const;

/** The object store key of a brand font. */
export const fontKey = (sha256: string): string => `fonts/${sha256}`;

export type IngestFontResult =
  | { ok: true; font: BrandFontSummary; existed: boolean }
  | { ok: false; status: 413 | 415 | 422; error: string };

const summary = (row: Omit<BrandFontSummary, 'createdAt'> & { createdAt: Date }): BrandFontSummary => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

/** Checks, stores and records an uploaded font with the brand's licence note. */
export async function ingestFont(
  upload: Uint8Array,
  fileName: string,
  licenceNote: string,
  conn: Db = db(),
  store: ObjectStorage = storage(),
): Promise<IngestFontResult> {
  const read = await readFont(upload);
  if (!read.ok) return read;
  const id = createHash('sha256').update(read.stored).digest('hex');
  const existing = await conn.brandFont.findUnique({ where: { id } });
  if (existing) return { ok: true, font: summary(existing), existed: true };
  const stored = read.format === 'woff2' ? (read.stored[0] === 0x4f ? 'otf' : 'ttf') : read.format;
  const head = await store.head(fontKey(id));
  if (head?.byteSize !== read.stored.byteLength)
    await store.put(fontKey(id), read.stored, { contentType: CONTENT_TYPES[stored] });
  const row = await conn.brandFont.create({
    data: {
      id,
      family: read.family.slice(0, 200),
      style: read.style.slice(0, 100),
      fileName: fileName.slice(0, 200),
      format: read.format,
      bytes: read.stored.byteLength,
      glyphCount: read.glyphCount,
      licenceNote,
    },
  });
  return { ok: true, font: summary(row), existed: false };
}

/** Every brand font, by family and style. */
export async function listBrandFonts(conn: Db = db()): Promise<BrandFontSummary[]> {
  const rows = await conn.brandFont.findMany({ orderBy: [{ family: 'asc' }, { style: 'asc' }] });
  return rows.map(summary);
}

/** A stored brand font's bytes, or null (also for a name that is not a hash). */
export async function readBrandFontBytes(
  id: string,
  store: ObjectStorage = storage(),
): Promise<Uint8Array | null> {
  if (!SHA256.test(id)) return null;
  const object = await store.get(fontKey(id));
  return object ? readAll(object.body) : null;
}

/** A brand font parsed by opentype.js, or null when it is not stored. */
export async function loadBrandFont(id: string, store: ObjectStorage = storage()): Promise<Font | null> {
  const bytes = await readBrandFontBytes(id, store);
  return bytes ? parse(new Uint8Array(bytes).buffer) : null;
}

/** A sample line in the font as an outlines SVG, or null when the file is missing. */
export async function brandFontSample(
  font: BrandFontSummary,
  store: ObjectStorage = storage(),
): Promise<string | null> {
  const parsed = await loadBrandFont(font.id, store).catch(() => null);
  return parsed ? sampleSvg(parsed, `${font.family} — Aa Bb 123`) : null;
}

/** Deletes a brand font and its file; false when there was none. */
export async function deleteBrandFont(
  id: string,
  conn: Db = db(),
  store: ObjectStorage = storage(),
): Promise<boolean> {
  const { count } = await conn.brandFont.deleteMany({ where: { id } });
  if (count > 0 && SHA256.test(id)) await store.delete(fontKey(id));
  return count > 0;
}
