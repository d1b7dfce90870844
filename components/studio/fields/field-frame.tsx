'use client';
import type { ReactNode } from 'react';
import type { Path } from '@/lib/studio/edit';
import { fieldId } from '@/lib/studio/field-issues';
import { useFieldIssues } from '../editor/draft-context';
import s from '../studio.module.css';

export type Control = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

type Props = {
  path: Path;
  label: string;
  hint?: ReactNode;
  /** A unit shown after the control and read out with it ("mm"). */
  unit?: string;
  /** A problem the field itself found (the text is not a number), before the template's rules. */
  localError?: string | null;
  /** In a table whose column heads say what the field is: the label is for screen readers only. */
  hideLabel?: boolean;
  children: (control: Control) => ReactNode;
};

/** A labelled field of the draft with its hint and, right below, what is wrong with it. */
export function FieldFrame({ path, label, hint, unit, localError, hideLabel, children }: Props) {
  const id = fieldId(path);
  const issues = useFieldIssues(path);
  const messages = localError ? [localError, ...issues] : issues;
  const described = [unit && `${id}-unit`, hint && `${id}-hint`, messages.length && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  const control: Control = {
    id,
    'aria-describedby': described || undefined,
    'aria-invalid': messages.length ? true : undefined,
  };
  return (
    <div className={s.field}>
      <label htmlFor={id} className={hideLabel ? s.srOnly : undefined}>
        {label}
      </label>
      {unit ? (
        <div className={s.unit}>
          {children(control)}
          <span id={`${id}-unit`}>{unit}</span>
        </div>
      ) : (
        children(control)
      )}
      {hint && (
        <p id={`${id}-hint`} className={s.hint}>
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <p id={`${id}-error`} className={s.fieldError}>
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}
