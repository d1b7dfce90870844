'use client';
import type { ReactNode } from 'react';
import { getIn, type Path } from '@/lib/studio/edit';
import { fieldKey } from '@/lib/studio/field-issues';
import { useDraft } from '../editor/draft-context';
import { FieldFrame } from './field-frame';
import { useTypedValue } from '@/components/editor/use-typed-value';

export type ParseNumber = (
  text: string,
) => { ok: true; value: number | undefined } | { ok: false; error: string };

type Props = {
  path: Path;
  label: string;
  hideLabel?: boolean;
  unit?: string;
  hint?: ReactNode;
  /** What the field shows when the draft has no number there. */
  fallback: number | undefined;
  format: (value: number | undefined) => string;
  parse: ParseNumber;
};

/**
 * A number of the draft typed as text the brand reads (millimetres, an amount, a percentage):
 * the number, money and percent fields differ only in how they write and read it.
 */
export function TypedNumberField({ path, label, hideLabel, unit, hint, fallback, format, parse }: Props) {
  const raw = useDraft((s) => getIn(s.doc, path));
  const edit = useDraft((s) => s.edit);
  const field = useTypedValue(typeof raw === 'number' ? raw : fallback, format, parse, (v) =>
    edit(path, v, `field:${fieldKey(path)}`),
  );
  return (
    <FieldFrame
      path={path}
      label={label}
      hideLabel={hideLabel}
      unit={unit}
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
