'use client';
import { getIn, type Path } from '@/lib/studio/edit';
import { fieldKey } from '@/lib/studio/field-issues';
import { useDraft } from '../editor/draft-context';
import { FieldFrame } from './field-frame';
import s from '../studio.module.css';

const HEX = /^#[0-9a-f]{6}$/i;

/** A colour: picked with the system colour picker or typed as a hex code (what print shops quote). */
export function ColourField({
  path,
  label,
  hideLabel,
  onPicked,
}: {
  path: Path;
  label: string;
  hideLabel?: boolean;
  onPicked?: () => void;
}) {
  const raw = useDraft((st) => getIn(st.doc, path));
  const value = typeof raw === 'string' ? raw : '';
  const edit = useDraft((st) => st.edit);
  const set = (next: string) => {
    edit(path, next, `field:${fieldKey(path)}`);
    onPicked?.();
  };
  return (
    <FieldFrame path={path} label={label} hideLabel={hideLabel}>
      {(c) => (
        <div className={s.unit}>
          <input
            type="color"
            aria-label={`${label} picker`}
            value={HEX.test(value) ? value.toLowerCase() : '#000000'}
            onChange={(e) => set(e.target.value)}
            style={{
              width: '2.4rem',
              height: '2.1rem',
              padding: 0,
              border: '1px solid #cfc9c0',
              borderRadius: 6,
            }}
          />
          <input
            {...c}
            value={value}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => set(e.target.value.trim())}
            style={{ fontFamily: 'ui-monospace, monospace' }}
          />
        </div>
      )}
    </FieldFrame>
  );
}
