'use client';
import { useState } from 'react';
import { fieldId, SECTIONS, sectionOf } from '@/lib/studio/field-issues';
import { describePath } from '@/lib/templates/diff';
import { useDraft, useIssues } from './draft-context';
import { useGoToField } from './use-go-to-field';
import b from '../studio.module.css';
import s from './editor.module.css';

const sectionLabel = (id: string) => SECTIONS.find((x) => x.id === id)?.label ?? id;

/** Every problem of the draft in one list; each links to its field. Publishing waits until it is empty. */
export function IssueSummary() {
  const { list } = useIssues();
  const doc = useDraft((st) => st.doc);
  const goTo = useGoToField();
  const [open, setOpen] = useState(true);
  if (list.length === 0)
    return (
      <p className={s.ready} role="status">
        No problems: this draft can be published.
      </p>
    );
  return (
    <section className={s.issues} aria-labelledby="issues-heading">
      <div className={s.row} style={{ justifyContent: 'space-between' }}>
        <h2 id="issues-heading" style={{ margin: 0, fontSize: '0.95rem' }}>
          {list.length === 1 ? '1 problem' : `${list.length} problems`} to fix before publishing
        </h2>
        <button type="button" className={b.linkButton} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <ul>
          {list.map((issue, i) => {
            const where = describePath(issue.path, doc) || sectionLabel(sectionOf(issue.path));
            return (
              <li key={`${issue.path.join('.')}-${i}`}>
                <a
                  href={`#${fieldId(issue.path)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    goTo(issue.path);
                  }}
                >
                  {where}
                </a>
                : {issue.message}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
