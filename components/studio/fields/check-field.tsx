'use client';
import { getIn, type Path } from '@/lib/studio/edit';
import { fieldId } from '@/lib/studio/field-issues';
import { useDraft, useFieldIssues } from '../editor/draft-context';
import s from '../studio.module.css';

/** A yes/no setting of the draft. */
export function CheckField({ path, label }: { path: Path; label: string }) {
  const checked = useDraft((st) => getIn(st.doc, path)) === true;
  const edit = useDraft((st) => st.edit);
  const issues = useFieldIssues(path);
  const id = fieldId(path);
  return (
    <div>
      <label className={s.check}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => edit(path, e.target.checked)}
          aria-invalid={issues.length ? true : undefined}
        />
        {label}
      </label>
      {issues.length > 0 && <p className={s.fieldError}>{issues.join(' ')}</p>}
    </div>
  );
}
