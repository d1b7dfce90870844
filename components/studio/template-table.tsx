import Link from 'next/link';
import type { StudioTemplateSummary } from '@/lib/server/studio/studio-templates';
import { kindLabel } from '@/lib/kinds/traits';
import { ArchiveButton } from './archive-button';
import { DeleteButton } from './delete-button';
import { StatusBadges } from './status-badges';
import s from './studio.module.css';

const date = (iso: string) => iso.slice(0, 10);

/** Every template with its state and what the brand can do with it. */
export function TemplateTable({ templates }: { templates: StudioTemplateSummary[] }) {
  if (templates.length === 0) return <p>No templates yet. Start with “New template”.</p>;
  return (
    <div className="table-scroll">
      <table className={s.table} aria-label="Templates">
        <thead>
          <tr>
            <th scope="col">Template</th>
            <th scope="col">Kind</th>
            <th scope="col">Published</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {templates.map((t) => (
            <tr key={t.slug}>
              <th scope="row">
                <Link href={`/studio/templates/${t.slug}`}>{t.name}</Link>
                <div className={s.muted}>/{t.slug}</div>
              </th>
              <td>{kindLabel(t.kind)}</td>
              <td>
                {t.latestVersion ? (
                  `Version ${t.latestVersion}, ${date(t.publishedAt!)}`
                ) : (
                  <span className={s.muted}>Never</span>
                )}
              </td>
              <td>
                <StatusBadges latestVersion={t.latestVersion} hasDraft={t.hasDraft} archived={t.archived} />
              </td>
              <td>
                <div className={s.actions}>
                  <Link
                    className={s.small}
                    href={`/studio/templates/${t.slug}`}
                    aria-label={`Edit ${t.name}`}
                  >
                    Edit
                  </Link>
                  <Link
                    className={s.small}
                    href={`/studio/templates/new?from=${t.slug}`}
                    aria-label={`Duplicate ${t.name}`}
                  >
                    Duplicate
                  </Link>
                  {t.latestVersion && (
                    <Link
                      className={s.small}
                      href={`/studio/templates/${t.slug}/versions`}
                      aria-label={`Versions of ${t.name}`}
                    >
                      Versions
                    </Link>
                  )}
                  {t.latestVersion ? (
                    <ArchiveButton slug={t.slug} name={t.name} archived={t.archived} />
                  ) : (
                    <DeleteButton slug={t.slug} name={t.name} />
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
