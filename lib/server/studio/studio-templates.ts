import 'server-only';
import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../../auth/roles';
import type { DuplicateTemplateInput, NewTemplateInput, RenameTemplateInput } from '../../studio/schemas';
import type { TemplateInput } from '../../templates/schema';
import { starterDocument } from '../../kinds/starters';
import { db, type Db } from '../db/client';
import { archiveTemplate, unarchiveTemplate } from '../templates';

// The studio's templates: the list, creating one from a starter or a copy, renaming one before
// it is first published, archiving. Everything returns plain objects, never database rows.

/** One row of the studio's template list. */
export type StudioTemplateSummary = {
  slug: string;
  name: string;
  kind: string;
  latestVersion: number | null;
  publishedAt: string | null;
  /** The draft differs from the latest version (or nothing is published yet). */
  hasDraft: boolean;
  draftSavedAt: string | null;
  archived: boolean;
};

/** The draft the editor opens: the work in progress, or the latest version when there is none. */
export type StudioDraft = {
  slug: string;
  document: TemplateInput;
  revision: number;
  savedAt: string | null;
  savedBy: string | null;
  latestVersion: number | null;
  hasDraft: boolean;
  archived: boolean;
};

export type FieldErrors = Record<string, string[]>;
export type StudioResult<T> = ({ ok: true } & T) | { ok: false; error: string; fieldErrors?: FieldErrors };

type TemplateRow = {
  id: string;
  slug: string;
  archivedAt: Date | null;
  draftDocument: string | null;
  draftRevision: number;
  draftSavedAt: Date | null;
  draftSavedBy: string | null;
};

async function latestVersionOf(conn: Db, templateId: string) {
  return conn.templateVersion.findFirst({
    where: { templateId },
    orderBy: { version: 'desc' },
    select: { version: true, publishedAt: true, document: true },
  });
}

/** A stored document as an object; a draft that is not JSON at all (never written by us) counts as missing. */
function readDocument(text: string | null | undefined): TemplateInput | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as TemplateInput) : null;
  } catch {
    return null;
  }
}

/** Every template, archived ones too, by name. */
export async function listStudioTemplates(conn: Db = db()): Promise<StudioTemplateSummary[]> {
  const rows = await conn.template.findMany();
  const summaries = await Promise.all(
    rows.map(async (row): Promise<StudioTemplateSummary> => {
      const latest = await latestVersionOf(conn, row.id);
      const doc = readDocument(row.draftDocument) ?? readDocument(latest?.document);
      return {
        slug: row.slug,
        name: doc?.name || row.slug,
        kind: String(doc?.geometry?.kind ?? ''),
        latestVersion: latest?.version ?? null,
        publishedAt: latest?.publishedAt.toISOString() ?? null,
        hasDraft: row.draftDocument !== null,
        draftSavedAt: row.draftSavedAt?.toISOString() ?? null,
        archived: row.archivedAt !== null,
      };
    }),
  );
  return summaries.sort((a, b) => a.name.localeCompare(b.name));
}

async function draftOf(conn: Db, row: TemplateRow): Promise<StudioDraft | null> {
  const latest = await latestVersionOf(conn, row.id);
  const document = readDocument(row.draftDocument) ?? readDocument(latest?.document);
  if (!document) return null;
  return {
    slug: row.slug,
    document: { ...document, slug: row.slug },
    revision: row.draftRevision,
    savedAt: row.draftSavedAt?.toISOString() ?? null,
    savedBy: row.draftSavedBy,
    latestVersion: latest?.version ?? null,
    hasDraft: row.draftDocument !== null,
    archived: row.archivedAt !== null,
  };
}

/** The draft of a template for the editor, or null when there is no such template. */
export async function loadDraft(slug: string, conn: Db = db()): Promise<StudioDraft | null> {
  const row = await conn.template.findUnique({ where: { slug } });
  return row ? draftOf(conn, row) : null;
}

const TAKEN: FieldErrors = { slug: ['Another template already uses this web address. Choose another.'] };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

async function insertDraft(
  conn: Db,
  document: TemplateInput,
  by: StaffUser,
): Promise<StudioResult<{ slug: string }>> {
  if (await conn.template.findUnique({ where: { slug: document.slug }, select: { id: true } }))
    return { ok: false, error: 'Check the web address.', fieldErrors: TAKEN };
  try {
    await conn.template.create({
      data: {
        id: randomUUID(),
        slug: document.slug,
        draftDocument: JSON.stringify(document),
        draftRevision: 1,
        draftSavedAt: new Date(),
        draftSavedBy: by.email,
      },
    });
  } catch (error) {
    // Two brands racing for the same address: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, error: 'Check the web address.', fieldErrors: TAKEN };
    throw error;
  }
  return { ok: true, slug: document.slug };
}

/** A new, unpublished template of a product kind, from that kind's starter. */
export async function createTemplate(
  input: NewTemplateInput,
  by: StaffUser,
  conn: Db = db(),
): Promise<StudioResult<{ slug: string }>> {
  const { kind, ...identity } = input;
  return insertDraft(conn, starterDocument(kind, identity), by);
}

/** A new, unpublished template copied from another one's draft (or latest version). */
export async function duplicateTemplate(
  input: DuplicateTemplateInput,
  by: StaffUser,
  conn: Db = db(),
): Promise<StudioResult<{ slug: string }>> {
  const source = await loadDraft(input.from, conn);
  if (!source) return { ok: false, error: 'The template to copy no longer exists.' };
  return insertDraft(conn, { ...structuredClone(source.document), slug: input.slug, name: input.name }, by);
}

/** Changes the web address of a template that was never published (published ones keep theirs: links and orders use it). */
export async function renameTemplate(
  input: RenameTemplateInput,
  by: StaffUser,
  conn: Db = db(),
): Promise<StudioResult<{ slug: string; revision: number }>> {
  const row = await conn.template.findUnique({ where: { slug: input.slug } });
  if (!row) return { ok: false, error: 'This template no longer exists.' };
  if (await conn.templateVersion.count({ where: { templateId: row.id } }))
    return {
      ok: false,
      error: 'A published template keeps its web address: shoppers’ links and orders use it.',
    };
  if (input.newSlug === input.slug) return { ok: true, slug: row.slug, revision: row.draftRevision };
  if (await conn.template.findUnique({ where: { slug: input.newSlug }, select: { id: true } }))
    return { ok: false, error: 'Check the web address.', fieldErrors: { newSlug: TAKEN.slug! } };
  const document = readDocument(row.draftDocument);
  if (!document) return { ok: false, error: 'This template has no draft to rename.' };
  const revision = input.revision + 1;
  try {
    const result = await conn.template.updateMany({
      where: { id: row.id, draftRevision: input.revision },
      data: {
        slug: input.newSlug,
        draftDocument: JSON.stringify({ ...document, slug: input.newSlug }),
        draftRevision: revision,
        draftSavedAt: new Date(),
        draftSavedBy: by.email,
      },
    });
    if (result.count === 0)
      return {
        ok: false,
        error: 'Someone else changed this draft meanwhile. Reload the page, then rename it.',
      };
  } catch (error) {
    if (isUniqueViolation(error))
      return { ok: false, error: 'Check the web address.', fieldErrors: { newSlug: TAKEN.slug! } };
    throw error;
  }
  return { ok: true, slug: input.newSlug, revision };
}

/** Archives (hides from the catalogue) or brings back a template; history is untouched either way. */
export async function setArchived(
  slug: string,
  archived: boolean,
  conn: Db = db(),
): Promise<StudioResult<{ archived: boolean }>> {
  if (!(await conn.template.findUnique({ where: { slug }, select: { id: true } })))
    return { ok: false, error: 'This template no longer exists.' };
  await (archived ? archiveTemplate(slug, conn) : unarchiveTemplate(slug, conn));
  return { ok: true, archived };
}

/** Deletes a template that was never published (an abandoned draft); published ones are archived instead. */
export async function deleteUnpublished(
  slug: string,
  conn: Db = db(),
): Promise<StudioResult<{ deleted: true }>> {
  const row = await conn.template.findUnique({ where: { slug }, select: { id: true } });
  if (!row) return { ok: false, error: 'This template no longer exists.' };
  if (await conn.templateVersion.count({ where: { templateId: row.id } }))
    return { ok: false, error: 'A published template cannot be deleted: archive it instead.' };
  // Only a template without versions: the condition is repeated in the delete itself.
  const result = await conn.template.deleteMany({ where: { id: row.id, versions: { none: {} } } });
  return result.count > 0
    ? { ok: true, deleted: true }
    : { ok: false, error: 'A published template cannot be deleted: archive it instead.' };
}
