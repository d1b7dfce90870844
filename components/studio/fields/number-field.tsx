'use client';
import type { ReactNode } from 'react';
import { getIn, type Path } from '@/lib/studio/edit';
import { fieldKey } from '@/lib/studio/field-issues';
import { useDraft } from '../editor/draft-context';
import { FieldFrame } from './field-frame';
import { useTypedValue } from './use-typed-value';

type Props = {
  path: Path;
  label: string;
  hideLabel?: boolean;
  unit?: string;
  hint?: ReactNode;
  integer?: boolean;
  optional?: boolean;
};

const format = (v: number | undefined) =>
  typeof v === 'number' && Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : '';

/** A number of the draft (millimetres unless `unit` says otherwise), typed with a point or a comma. */
export function NumberField({ path, label, hideLabel, unit = 'mm', hint, integer, optional }: Props) {
  const raw = useDraft((s) => getIn(s.doc, path));
  const value = typeof raw === 'number' ? raw : undefined;
  const edit = useDraft((s) => s.edit);
  const parse = (text: string): { ok: true; value: number | undefined } | { ok: false; error: string } => {
    const t = text.trim().replace(',', '.');
    if (t === '') return optional ? { ok: true, value: undefined } : { ok: false, error: 'Enter a number.' };
    const n = Number(t);
    if (!Number.isFinite(n)) return { ok: false, error: 'Enter a number, like 12.5.' };
    if (integer && !Number.isInteger(n)) return { ok: false, error: 'Enter a whole number.' };
    return { ok: true, value: n };
  };
  const field = useTypedValue(value, format, parse, (v) => edit(path, v, `field:${fieldKey(path)}`));
  return (
    <FieldFrame
      path={path}
      label={label}
      hideLabel={hideLabel}
      unit={unit || undefined}
      hint={hint}
      localError={field.error}
    >
      {(c) => (
        <input
          {...c}
          inputMode="decimal"
          autoComplete="off"
          value={field.text}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={field.onBlur}
        />
      )}
    </FieldFrame>
  );
}
