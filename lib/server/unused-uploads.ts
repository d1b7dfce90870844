import 'server-only';
import { db, type Db } from './db/client';
import { storage, type ObjectStorage } from './storage';

// Uploads nobody uses: a shopper uploads a photo, then leaves without saving a design, or
// replaces it. Such an upload and its objects are deleted once it is older than a grace period
// (long enough for a configurator session left open, or a design being finished later). An
// upload is in use while any document names its id: a design (which covers every cart line,
// since cart lines hold designs), an order line's frozen copy of its design, or a template
// (a published version or the studio's draft). Documents are JSON text, so they are read a
// page at a time and searched for upload ids, not parsed.

/** How many candidate uploads are checked against one pass over the documents. */
const CANDIDATES_PER_PASS = 2000;
/** Documents read per query. */
const DOCUMENTS_PER_PAGE = 500;
const UPLOAD_ID = /[0-9a-f]{64}/g;

type DocumentPage = (after: string | undefined) => Promise<Array<{ id: string; text: string | null }>>;

function documentSources(conn: Db): DocumentPage[] {
  const page = { take: DOCUMENTS_PER_PAGE, orderBy: { id: 'asc' as const } };
  const after = (id: string | undefined) => (id === undefined ? {} : { id: { gt: id } });
  return [
    async (id) =>
      (await conn.design.findMany({ ...page, where: after(id), select: { id: true, document: true } })).map(
        (r) => ({ id: r.id, text: r.document }),
      ),
    async (id) =>
      (
        await conn.orderLine.findMany({
          ...page,
          where: after(id),
          select: { id: true, designSnapshot: true },
        })
      ).map((r) => ({ id: r.id, text: r.designSnapshot })),
    async (id) =>
      (
        await conn.templateVersion.findMany({
          ...page,
          where: after(id),
          select: { id: true, document: true },
        })
      ).map((r) => ({ id: r.id, text: r.document })),
    async (id) =>
      (
        await conn.template.findMany({ ...page, where: after(id), select: { id: true, draftDocument: true } })
      ).map((r) => ({ id: r.id, text: r.draftDocument })),
  ];
}

/** Removes from `candidates` every id some document names. */
async function dropReferenced(conn: Db, candidates: Set<string>): Promise<void> {
  for (const source of documentSources(conn)) {
    let last: string | undefined;
    for (;;) {
      const rows = await source(last);
      for (const row of rows) for (const [id] of row.text?.matchAll(UPLOAD_ID) ?? []) candidates.delete(id);
      if (rows.length < DOCUMENTS_PER_PAGE || candidates.size === 0) break;
      last = rows.at(-1)!.id;
    }
    if (candidates.size === 0) return;
  }
}

/**
 * Deletes uploads created before `olderThan` that no design, order line or template names:
 * the row first (so no new design can be saved with it), then every object under
 * uploads/<id>/. Returns how many uploads were deleted.
 */
export async function deleteUnusedUploads(
  olderThan: Date,
  { conn = db(), objects = storage() }: { conn?: Db; objects?: ObjectStorage } = {},
): Promise<number> {
  let deleted = 0;
  let last: string | undefined;
  for (;;) {
    const batch = await conn.upload.findMany({
      where: { createdAt: { lt: olderThan }, ...(last === undefined ? {} : { id: { gt: last } }) },
      orderBy: { id: 'asc' },
      take: CANDIDATES_PER_PASS,
      select: { id: true },
    });
    if (batch.length === 0) return deleted;
    last = batch.at(-1)!.id;
    const unused = new Set(batch.map((u) => u.id));
    // A minute early: the web process that stamped a design's createdAt may run a little ahead.
    const passStart = new Date(Date.now() - 60_000);
    await dropReferenced(conn, unused);
    // Designs saved while the pass read the others (the one thing shoppers write any moment).
    const recent = await conn.design.findMany({
      where: { createdAt: { gte: passStart } },
      select: { document: true },
    });
    for (const design of recent) for (const [id] of design.document.matchAll(UPLOAD_ID)) unused.delete(id);
    for (const id of unused) {
      const { count } = await conn.upload.deleteMany({ where: { id, createdAt: { lt: olderThan } } });
      if (count === 0) continue;
      for await (const object of objects.list(`uploads/${id}/`)) await objects.delete(object.key);
      deleted += 1;
    }
    if (batch.length < CANDIDATES_PER_PASS) return deleted;
  }
}
