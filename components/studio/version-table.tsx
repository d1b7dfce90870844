import type { PublishedTemplate } from '@/lib/server/templates';
import s from './studio.module.css';

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Every published version, newest first: when, by whom, and the publisher's note. */
export function VersionTable({ versions, live }: { versions: PublishedTemplate[]; live: number | null }) {
  return (
    <div className="table-scroll">
      <table className={s.table} aria-label="Published versions">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Published</th>
            <th scope="col">By</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">
                {v.version} {v.version === live && <span className={s.badgeLive}>In the shop</span>}
              </th>
              <td>{when(v.publishedAt)}</td>
              <td>{v.publishedBy ?? <span className={s.muted}>Seed catalogue</span>}</td>
              <td>{v.note ?? <span className={s.muted}>—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
