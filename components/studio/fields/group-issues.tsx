'use client';
import type { Path } from '@/lib/studio/edit';
import { useFieldIssues } from '../editor/draft-context';
import s from '../studio.module.css';

/** Problems of a whole group (a zone's position, a list), shown at the top of that group. */
export function GroupIssues({ path, id, within = false }: { path: Path; id?: string; within?: boolean }) {
  const issues = useFieldIssues(path, within);
  if (issues.length === 0) return null;
  return (
    <div id={id} className={s.groupError}>
      {issues.map((m) => (
        <p key={m} style={{ margin: 0 }}>
          {m}
        </p>
      ))}
    </div>
  );
}
