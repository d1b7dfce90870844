import 'server-only';
import { designSchema, type Design, type ImageInfo } from '../design/schema';
import { db, type Db } from './db/client';
import { shortId } from './ids';
import { getTemplateVersion, type PublishedTemplate } from './templates';
import { getUpload, type UploadInfo } from './uploads';

// Data access for saved designs. A design is stored against the template version it was made
// on and never changes afterwards; "edit a copy" saves a new one.

export type SavedDesign = {
  id: string;
  createdAt: string;
  design: Design;
  version: PublishedTemplate;
  /** The uploads its image layers use, by id. */
  uploads: Record<string, UploadInfo>;
};

/** Upload details for every image layer of a design (missing uploads are left out). */
export async function uploadsFor(design: Design, conn: Db = db()): Promise<Record<string, UploadInfo>> {
  const ids = [...new Set(Object.values(design.zones).flatMap((z) => z.layers.flatMap((l) => (l.kind === 'image' ? [l.uploadId] : []))))];
  const found = await Promise.all(ids.map((id) => getUpload(id, conn)));
  return Object.fromEntries(found.filter((u) => u !== null).map((u) => [u.id, u]));
}

/** Uploads as the renderer and validation see them: original pixel size, preview URL. */
export function previewImages(uploads: Record<string, UploadInfo>): Record<string, ImageInfo> {
  return Object.fromEntries(Object.values(uploads).map((u) => [u.id, { widthPx: u.widthPx, heightPx: u.heightPx, href: u.previewUrl }]));
}

/** Stores a (validated) design for a template version and returns its new id. */
export async function createDesign(templateVersionId: string, design: Design, conn: Db = db()): Promise<string> {
  const id = shortId();
  await conn.design.create({ data: { id, templateVersionId, document: JSON.stringify(design) } });
  return id;
}

/** A saved design with its template version, or null when the id is unknown. */
export async function getDesign(id: string, conn: Db = db()): Promise<SavedDesign | null> {
  if (!/^[0-9A-Za-z]{6,32}$/.test(id)) return null;
  const row = await conn.design.findUnique({ where: { id } });
  if (!row) return null;
  const version = await getTemplateVersion(row.templateVersionId, conn);
  if (!version) throw new Error(`Design ${id} points at a missing template version`);
  const design = designSchema.parse(JSON.parse(row.document));
  return { id: row.id, createdAt: row.createdAt.toISOString(), design, version, uploads: await uploadsFor(design, conn) };
}
