import 'server-only';
import type { StaffUser } from '../../auth/roles';
import { canonicalJson } from '../../canonical-json';
import type { PublishDraftInput, SaveDraftInput } from '../../studio/schemas';
import type { TemplateIssue } from '../../templates/rules';
import { brandFontIssues } from '../../templates/brand-font-rules';
import { parseTemplate } from '../../templates/validate';
import { db, type Db } from '../db/client';
import { remeasureDraft } from '../kinds';
import { publishIn } from '../templates';

// Saving and publishing the studio's drafts. Every save names the revision it was based on; a
// save based on an older revision than the stored one is refused (someone else saved in
// between), so nobody overwrites anybody else's work without seeing it.

/** Who saved the draft the brand's save collided with, and when. */
export type DraftConflict = { savedBy: string | null; savedAt: string | null; revision: number };

export const CONFLICT_MESSAGE =
  'Someone else changed this draft since you opened it. Nothing was overwritten.';

export type SaveDraftResult =
  | { ok: true; revision: number; savedAt: string; hasDraft: boolean }
  | { ok: false; error: string; conflict?: DraftConflict };

export type PublishDraftResult =
  | { ok: true; version: number; revision: number; created: boolean }
  | { ok: false; error: string; issues?: TemplateIssue[]; conflict?: DraftConflict };

function conflictOf(row: {
  draftSavedBy: string | null;
  draftSavedAt: Date | null;
  draftRevision: number;
}): DraftConflict {
  return {
    savedBy: row.draftSavedBy,
    savedAt: row.draftSavedAt?.toISOString() ?? null,
    revision: row.draftRevision,
  };
}

async function latestDocument(conn: Db, templateId: string): Promise<string | null> {
  const latest = await conn.templateVersion.findFirst({
    where: { templateId },
    orderBy: { version: 'desc' },
    select: { document: true },
  });
  return latest?.document ?? null;
}

/**
 * Stores the draft (valid or not) as the next revision when `revision` is still the stored one.
 * A draft equal to the latest published version is stored as "no draft".
 */
export async function saveDraft(
  input: SaveDraftInput,
  by: StaffUser,
  conn: Db = db(),
): Promise<SaveDraftResult> {
  const row = await conn.template.findUnique({ where: { slug: input.slug } });
  if (!row) return { ok: false, error: 'This template no longer exists.' };
  if (row.draftRevision !== input.revision)
    return { ok: false, error: CONFLICT_MESSAGE, conflict: conflictOf(row) };
  // The slug belongs to the template row; a draft cannot move itself to another address. A
  // model's surfaces are measured here, on the stored model, whatever millimetres were sent.
  const sent = { ...input.document, slug: row.slug };
  const { document } = await remeasureDraft(sent);
  const parsed = parseTemplate(document);
  const published = await latestDocument(conn, row.id);
  const unchanged = parsed.ok && published !== null && canonicalJson(parsed.template) === published;
  const savedAt = new Date();
  const revision = input.revision + 1;
  const result = await conn.template.updateMany({
    where: { id: row.id, draftRevision: input.revision },
    data: {
      draftDocument: unchanged ? null : JSON.stringify(document),
      draftRevision: revision,
      draftSavedAt: savedAt,
      draftSavedBy: by.email,
    },
  });
  if (result.count === 0) {
    // Another save won the race between the read and the write.
    const now = await conn.template.findUniqueOrThrow({ where: { id: row.id } });
    return { ok: false, error: CONFLICT_MESSAGE, conflict: conflictOf(now) };
  }
  return { ok: true, revision, savedAt: savedAt.toISOString(), hasDraft: !unchanged };
}

class Conflict extends Error {}

/**
 * Publishes the stored draft as the next immutable version (refused with its issues when it is
 * not valid) and clears the draft, in one transaction.
 */
export async function publishDraft(
  input: PublishDraftInput,
  by: StaffUser,
  conn: Db = db(),
): Promise<PublishDraftResult> {
  const row = await conn.template.findUnique({ where: { slug: input.slug } });
  if (!row) return { ok: false, error: 'This template no longer exists.' };
  if (row.draftRevision !== input.revision)
    return { ok: false, error: CONFLICT_MESSAGE, conflict: conflictOf(row) };
  if (row.draftDocument === null) return { ok: false, error: 'There are no unpublished changes to publish.' };
  let stored: object;
  try {
    stored = { ...(JSON.parse(row.draftDocument) as object), slug: row.slug };
  } catch {
    return { ok: false, error: 'The stored draft is damaged; make a change to save it again.' };
  }
  const measured = await remeasureDraft(stored);
  if (measured.issues.length) {
    const count = measured.issues.length;
    return {
      ok: false,
      error: `Fix ${count === 1 ? 'the problem' : `the ${count} problems`} below before publishing.`,
      issues: measured.issues,
    };
  }
  const checked = parseTemplate(measured.document);
  // Brand fonts the zones offer must still be stored (the rules alone only know an id's shape).
  const fonts = checked.ok
    ? brandFontIssues(
        checked.template,
        new Set((await conn.brandFont.findMany({ select: { id: true } })).map((f) => f.id)),
      )
    : [];
  const parsed = checked.ok && fonts.length > 0 ? { ok: false as const, issues: fonts } : checked;
  if (!parsed.ok) {
    const count = parsed.issues.length;
    return {
      ok: false,
      error: `Fix ${count === 1 ? 'the problem' : `the ${count} problems`} below before publishing.`,
      issues: parsed.issues,
    };
  }
  const revision = input.revision + 1;
  try {
    const published = await conn.$transaction(async (tx) => {
      const result = await publishIn(tx, parsed.template, { publishedBy: by.email, note: input.note });
      const cleared = await tx.template.updateMany({
        where: { id: row.id, draftRevision: input.revision },
        data: {
          draftDocument: null,
          draftRevision: revision,
          draftSavedAt: new Date(),
          draftSavedBy: by.email,
        },
      });
      if (cleared.count === 0) throw new Conflict();
      return result;
    });
    return { ok: true, version: published.version.version, revision, created: published.created };
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    const now = await conn.template.findUniqueOrThrow({ where: { id: row.id } });
    return { ok: false, error: CONFLICT_MESSAGE, conflict: conflictOf(now) };
  }
}
