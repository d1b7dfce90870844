'use client';
import type { ReactNode } from 'react';
import { getIn, type Path } from '@/lib/studio/edit';
import { useDraft } from '../editor/draft-context';
import { FieldFrame } from './field-frame';

type Props = {
  path: Path;
  label: string;
  hideLabel?: boolean;
  options: ReadonlyArray<{ value: string; label: string }>;
  hint?: ReactNode;
  onPicked?: (value: string) => void;
};

/** A choice among fixed values; a stored value that is not among them is shown so it can be replaced. */
export function SelectField({ path, label, hideLabel, options, hint, onPicked }: Props) {
  const raw = useDraft((s) => getIn(s.doc, path));
  const value = typeof raw === 'string' ? raw : '';
  const edit = useDraft((s) => s.edit);
  const known = options.some((o) => o.value === value);
  return (
    <FieldFrame path={path} label={label} hideLabel={hideLabel} hint={hint}>
      {(c) => (
        <select
          {...c}
          value={value}
          onChange={(e) => {
            edit(path, e.target.value);
            onPicked?.(e.target.value);
          }}
        >
          {!known && <option value={value}>{value ? `${value} (unknown)` : 'Choose…'}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
