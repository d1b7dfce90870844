'use client';
import { fieldId } from '@/lib/studio/field-issues';
import { MONOGRAM_DESCRIPTIONS, MONOGRAM_LAYOUTS, type MonogramLayout } from '@/lib/layers/monogram/layouts';
import { useDraft } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

const NONE: MonogramLayout[] = [];

/** The monogram layouts shoppers may add in a zone (none ticked: no monograms). */
export function ZoneMonograms({ index }: { index: number }) {
  const layouts = useDraft((st) => st.doc.zones[index]?.monograms ?? NONE);
  const edit = useDraft((st) => st.edit);
  const path = ['zones', index, 'monograms'];
  const toggle = (layout: MonogramLayout, on: boolean) =>
    edit(
      path,
      MONOGRAM_LAYOUTS.filter((l) => (l === layout ? on : layouts.includes(l))),
    );
  return (
    <fieldset id={fieldId(path)} tabIndex={-1} style={{ border: 0, padding: 0, margin: '0.5rem 0 0' }}>
      <legend>Monograms</legend>
      <GroupIssues path={path} within />
      <div className={s.row}>
        {MONOGRAM_LAYOUTS.map((layout) => (
          <label key={layout} className={b.check}>
            <input
              type="checkbox"
              checked={layouts.includes(layout)}
              onChange={(e) => toggle(layout, e.target.checked)}
            />
            {MONOGRAM_DESCRIPTIONS[layout]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
