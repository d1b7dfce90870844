'use client';
import { fieldId } from '@/lib/studio/field-issues';
import { fontName } from '@/lib/templates/field-labels';
import { FONTS } from '@/lib/templates/fonts';
import { FontFaces } from '@/components/product/font-faces';
import { useDraft } from '../editor/draft-context';
import { GroupIssues } from '../fields/group-issues';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

// One empty list for every render: a new [] per read would look like a change to the store hook.
const NONE: string[] = [];

/** The fonts a zone offers, shown in themselves; every one ships with the app. */
export function ZoneFonts({ index }: { index: number }) {
  const fonts = useDraft((st) => st.doc.zones[index]?.fonts ?? NONE);
  const edit = useDraft((st) => st.edit);
  const path = ['zones', index, 'fonts'];
  const toggle = (id: string, on: boolean) =>
    edit(
      path,
      on
        ? FONTS.map((f) => f.id).filter((f) => f === id || fonts.includes(f))
        : fonts.filter((f) => f !== id),
    );
  return (
    <fieldset className={s.card} id={fieldId(path)} tabIndex={-1}>
      <legend>Fonts</legend>
      <FontFaces fontIds={FONTS.map((f) => f.id)} />
      <GroupIssues path={path} within />
      <div className={b.grid}>
        {FONTS.map((font) => (
          <label key={font.id} className={b.check}>
            <input
              type="checkbox"
              checked={fonts.includes(font.id)}
              onChange={(e) => toggle(font.id, e.target.checked)}
            />
            <span
              style={{
                fontFamily: `"${font.id}", ${font.category === 'serif' ? 'serif' : 'sans-serif'}`,
                fontWeight: font.weight,
                fontSize: '1.05rem',
              }}
            >
              {fontName(font.id)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
