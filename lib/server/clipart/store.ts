import 'server-only';
import { createHash } from 'node:crypto';
import type { ClipartItem } from '../../clipart/library';
import type { ClipartCategory } from '../../clipart/limits';
import { db, type Db } from '../db/client';
import { sanitizeSvg } from './sanitize';

// Brands' clipart: sanitized on upload and kept as its clean SVG text in the database (a few KB
// each, read with the list), named by the sha256 of that text so the same artwork is kept once.

export type IngestClipartResult =
  { ok: true; item: ClipartItem; existed: boolean } | { ok: false; error: string };

type Row = {
  id: string;
  name: string;
  category: string;
  svg: string;
  palette: string;
  singleColour: boolean;
  source: string;
};

const item = (row: Row): ClipartItem => ({
  id: row.id,
  name: row.name,
  category: row.category as ClipartCategory,
  svg: row.svg,
  palette: row.palette ? row.palette.split(',') : [],
  singleColour: row.singleColour,
  source: row.source === 'library' ? 'library' : 'brand',
});

/** Sanitizes and records a brand's SVG under a name and category. */
export async function ingestClipart(
  bytes: Uint8Array,
  name: string,
  category: ClipartCategory,
  conn: Db = db(),
): Promise<IngestClipartResult> {
  const clean = sanitizeSvg(bytes);
  if (!clean.ok) return clean;
  const id = createHash('sha256').update(clean.svg).digest('hex');
  const existing = await conn.clipart.findUnique({ where: { id } });
  if (existing) return { ok: true, item: item(existing), existed: true };
  const row = await conn.clipart.create({
    data: {
      id,
      name,
      category,
      svg: clean.svg,
      palette: clean.palette.join(','),
      singleColour: clean.singleColour,
      source: 'brand',
    },
  });
  return { ok: true, item: item(row), existed: false };
}

/** The brand's own clipart, by category and name. */
export async function listBrandClipart(conn: Db = db()): Promise<ClipartItem[]> {
  const rows = await conn.clipart.findMany({ orderBy: [{ category: 'asc' }, { name: 'asc' }] });
  return rows.map(item);
}

/** Deletes a brand's clipart; false when there was none. */
export async function deleteClipart(id: string, conn: Db = db()): Promise<boolean> {
  const { count } = await conn.clipart.deleteMany({ where: { id, source: 'brand' } });
  return count > 0;
}

/** Brand clipart by id, for the ids given (unknown ids are left out). */
export async function brandClipartByIds(
  ids: string[],
  conn: Db = db(),
): Promise<Record<string, ClipartItem>> {
  if (ids.length === 0) return {};
  const rows = await conn.clipart.findMany({ where: { id: { in: ids } } });
  return Object.fromEntries(rows.map((row) => [row.id, item(row)]));
}
