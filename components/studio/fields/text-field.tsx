'use client';
import type { ReactNode } from 'react';
import { getIn, type Path } from '@/lib/studio/edit';
import { fieldKey } from '@/lib/studio/field-issues';
import { useDraft } from '../editor/draft-context';
import { FieldFrame } from './field-frame';

type Props = {
  path: Path;
  label: string;
  hideLabel?: boolean;
  hint?: ReactNode;
  multiline?: boolean;
  placeholder?: string;
  optional?: boolean;
};

/** A text field of the draft; typing in it is one undo step. With `optional`, clearing it removes the value. */
export function TextField({ path, label, hideLabel, hint, multiline, placeholder, optional }: Props) {
  const raw = useDraft((s) => getIn(s.doc, path));
  const value = typeof raw === 'string' ? raw : '';
  const edit = useDraft((s) => s.edit);
  const set = (next: string) =>
    edit(path, optional && next === '' ? undefined : next, `field:${fieldKey(path)}`);
  return (
    <FieldFrame path={path} label={label} hideLabel={hideLabel} hint={hint}>
      {(c) =>
        multiline ? (
          <textarea
            {...c}
            value={value}
            rows={3}
            placeholder={placeholder}
            onChange={(e) => set(e.target.value)}
          />
        ) : (
          <input
            {...c}
            value={value}
            placeholder={placeholder}
            autoComplete="off"
            onChange={(e) => set(e.target.value)}
          />
        )
      }
    </FieldFrame>
  );
}
