import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchiveButton } from '@/components/studio/archive-button';
import { StatusBadges } from '@/components/studio/status-badges';
import s from '@/components/studio/studio.module.css';
import { VersionDiff } from '@/components/studio/version-diff';
import { VersionTable } from '@/components/studio/version-table';
import { requireRole } from '@/lib/server/auth/guard';
import { loadDraft } from '@/lib/server/studio/studio-templates';
import { listVersions } from '@/lib/server/templates';
import { diffTemplates } from '@/lib/templates/diff';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Versions' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function VersionsPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  await requireRole(['admin'], `/studio/templates/${slug}/versions`);
  const [draft, versions] = await Promise.all([loadDraft(slug), listVersions(slug)]);
  if (!draft) notFound();
  const docs = new Map<string, unknown>(versions.map((v) => [String(v.version), v.template]));
  if (draft.hasDraft) docs.set('draft', draft.document);
  const choices = [
    ...(draft.hasDraft ? [{ value: 'draft', label: 'Unpublished draft' }] : []),
    ...versions.map((v) => ({ value: String(v.version), label: `Version ${v.version}` })),
  ];
  // By default: the latest change (the draft against the shop's version, or the last two versions).
  const to = query.to && docs.has(query.to) ? query.to : (choices[0]?.value ?? '');
  const from = query.from && docs.has(query.from) ? query.from : (choices[1]?.value ?? to);
  const name = draft.document.name || slug;
  return (
    <>
      <p className={s.crumbs}>
        <Link href="/studio/templates">Templates</Link> /{' '}
        <Link href={`/studio/templates/${slug}`}>{name}</Link> / Versions
      </p>
      <div className={s.bar}>
        <div>
          <h1>Versions of {name}</h1>
          <StatusBadges
            latestVersion={draft.latestVersion}
            hasDraft={draft.hasDraft}
            archived={draft.archived}
          />
        </div>
        <div className={s.actions} style={{ display: 'flex', gap: '0.5rem' }}>
          <Link className={s.button} href={`/studio/templates/${slug}`}>
            Edit the draft
          </Link>
          {draft.latestVersion && <ArchiveButton slug={slug} name={name} archived={draft.archived} />}
        </div>
      </div>
      <p className="lede">
        A published version never changes. The catalogue shows the latest one; every saved design and order
        keeps the version it was made on, and its price.{' '}
        {draft.archived ? 'This product is archived: hidden from the catalogue, its orders unaffected.' : ''}
      </p>
      {versions.length === 0 ? (
        <p>Nothing published yet.</p>
      ) : (
        <VersionTable versions={versions} live={draft.archived ? null : draft.latestVersion} />
      )}
      {choices.length > 1 && (
        <VersionDiff
          choices={choices}
          from={from}
          to={to}
          changes={diffTemplates(docs.get(from), docs.get(to))}
        />
      )}
    </>
  );
}
