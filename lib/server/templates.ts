import 'server-only';
import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../canonical-json';
import { isPlainText } from '../plain-text';
import { fromPriceMinor } from '../templates/from-price';
import type { Template } from '../templates/schema';
import type { TemplateIssue } from '../templates/rules';
import { assertTemplate, parseTemplate } from '../templates/validate';
import { db, type Db } from './db/client';

// Data access for templates. Published versions are immutable: nothing here updates a
// version's document; a change is published as the next version number.

/** One published version of a template, as the rest of the app sees it. */
export type PublishedTemplate = {
  versionId: string;
  templateId: string;
  slug: string;
  version: number;
  publishedAt: string;
  /** E-mail of the admin who published it; null for the seed catalogue. */
  publishedBy: string | null;
  /** What changed, in the publisher's words. */
  note: string | null;
  template: Template;
};

export type CatalogueEntry = PublishedTemplate & { fromPriceMinor: number };

type VersionRow = {
  id: string;
  templateId: string;
  version: number;
  publishedAt: Date;
  document: string;
  publishedBy: string | null;
  note: string | null;
  template: { slug: string };
};

function reshape(row: VersionRow): PublishedTemplate {
  let template: Template;
  try {
    template = assertTemplate(JSON.parse(row.document));
  } catch (error) {
    throw new Error(
      `Template ${row.template.slug} v${row.version} in the database is not a valid template document`,
      { cause: error },
    );
  }
  return {
    versionId: row.id,
    templateId: row.templateId,
    slug: row.template.slug,
    version: row.version,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedBy,
    note: row.note,
    template,
  };
}

const withSlug = { template: { select: { slug: true } } } as const;

async function latestRow(conn: Db, templateId: string) {
  return conn.templateVersion.findFirst({
    where: { templateId },
    orderBy: { version: 'desc' },
    include: withSlug,
  });
}

/** The latest published version of every template that is not archived, by name. */
export async function listCatalogue(conn: Db = db()): Promise<CatalogueEntry[]> {
  const templates = await conn.template.findMany({ where: { archivedAt: null }, select: { id: true } });
  const rows = await Promise.all(templates.map((t) => latestRow(conn, t.id)));
  return rows
    .filter((row): row is VersionRow => row !== null)
    .map(reshape)
    .map((entry) => ({ ...entry, fromPriceMinor: fromPriceMinor(entry.template) }))
    .sort((a, b) => a.template.name.localeCompare(b.template.name));
}

/** The latest published version of a product shoppers can open, or null (unknown or archived). */
export async function getProduct(slug: string, conn: Db = db()): Promise<PublishedTemplate | null> {
  // From the URL: a NUL byte would make PostgreSQL fail the query, and no slug has one.
  if (!isPlainText(slug)) return null;
  const template = await conn.template.findUnique({
    where: { slug },
    select: { id: true, archivedAt: true },
  });
  if (!template || template.archivedAt) return null;
  const row = await latestRow(conn, template.id);
  return row ? reshape(row) : null;
}

// Published versions never change (database triggers refuse it), so a version read once can be
// kept: the order path reads the same few versions many times a second. Keyed per connection,
// because tests run several databases in one process.
const versionCache = new WeakMap<Db, Map<string, PublishedTemplate>>();
const VERSION_CACHE_LIMIT = 500;

/** A specific version, archived or not: designs and orders keep working with the version they used. */
export async function getTemplateVersion(
  versionId: string,
  conn: Db = db(),
): Promise<PublishedTemplate | null> {
  let cache = versionCache.get(conn);
  if (!cache) versionCache.set(conn, (cache = new Map<string, PublishedTemplate>()));
  const cached = cache.get(versionId);
  if (cached) return cached;
  const row = await conn.templateVersion.findUnique({ where: { id: versionId }, include: withSlug });
  if (!row) return null;
  const version = reshape(row);
  if (cache.size >= VERSION_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(versionId, version);
  return version;
}

/** Every version of a template, newest first. */
export async function listVersions(slug: string, conn: Db = db()): Promise<PublishedTemplate[]> {
  const rows = await conn.templateVersion.findMany({
    where: { template: { slug } },
    orderBy: { version: 'desc' },
    include: withSlug,
  });
  return rows.map(reshape);
}

export type PublishResult =
  | { ok: true; version: PublishedTemplate; created: boolean }
  | { ok: false; error: string; issues: TemplateIssue[] };

/** Who published a version and why (both optional: the seed catalogue has neither). */
export type PublishMeta = { publishedBy?: string; note?: string };

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * Inside a transaction: stores a valid template as its slug's next version, or returns the
 * latest version when the document is the same (created: false).
 */
export async function publishIn(
  tx: Tx,
  template: Template,
  meta: PublishMeta = {},
): Promise<{ version: PublishedTemplate; created: boolean }> {
  const document = canonicalJson(template);
  const { slug } = template;
  const row = await tx.template.upsert({
    where: { slug },
    create: { id: randomUUID(), slug },
    update: {},
    select: { id: true },
  });
  const latest = await tx.templateVersion.findFirst({
    where: { templateId: row.id },
    orderBy: { version: 'desc' },
    include: withSlug,
  });
  if (latest && latest.document === document) return { version: reshape(latest), created: false };
  const created = await tx.templateVersion.create({
    data: {
      id: randomUUID(),
      templateId: row.id,
      version: (latest?.version ?? 0) + 1,
      document,
      publishedBy: meta.publishedBy ?? null,
      note: meta.note || null,
    },
    include: withSlug,
  });
  return { version: reshape(created), created: true };
}

/**
 * Validates a template document and publishes it as the template's next version, recording who
 * published it and why. Publishing a document identical to the latest version changes nothing
 * (created: false).
 */
export async function publishTemplate(
  input: unknown,
  conn: Db = db(),
  meta: PublishMeta = {},
): Promise<PublishResult> {
  const parsed = parseTemplate(input);
  if (!parsed.ok) return { ok: false, error: 'The template is not valid', issues: parsed.issues };
  const result = await conn.$transaction((tx) => publishIn(tx, parsed.template, meta));
  return { ok: true, ...result };
}

/** Hides a template from the catalogue; its versions, designs and orders stay. */
export async function archiveTemplate(slug: string, conn: Db = db()): Promise<boolean> {
  const result = await conn.template.updateMany({
    where: { slug, archivedAt: null },
    data: { archivedAt: new Date() },
  });
  return result.count > 0;
}

/** Shows an archived template in the catalogue again (its latest version). */
export async function unarchiveTemplate(slug: string, conn: Db = db()): Promise<boolean> {
  const result = await conn.template.updateMany({
    where: { slug, archivedAt: { not: null } },
    data: { archivedAt: null },
  });
  return result.count > 0;
}
