'use client';
import type { ReactNode } from 'react';
import { getIn, type Path } from '@/lib/studio/edit';
import { fieldKey } from '@/lib/studio/field-issues';
import { minorToInput, parseMoneyInput } from '@/lib/studio/money-input';
import { useDraft } from '../editor/draft-context';
import { FieldFrame } from './field-frame';
import { useTypedValue } from './use-typed-value';

type Props = { path: Path; label: string; hideLabel?: boolean; hint?: ReactNode; allowNegative?: boolean };

/** An amount typed in the template's currency ("24.90"), stored as integer minor units (2490). In a table (hideLabel) the column head names the currency. */
export function MoneyField({ path, label, hideLabel, hint, allowNegative }: Props) {
  const raw = useDraft((s) => getIn(s.doc, path));
  const currency = useDraft((s) => s.doc.currency);
  const value = typeof raw === 'number' ? raw : 0;
  const edit = useDraft((s) => s.edit);
  const field = useTypedValue(
    value,
    (minor) => minorToInput(minor, currency),
    (text) => {
      const parsed = parseMoneyInput(text, currency, { allowNegative });
      return parsed.ok ? { ok: true, value: parsed.minor } : { ok: false, error: `${parsed.error}.` };
    },
    (minor) => edit(path, minor, `field:${fieldKey(path)}`),
  );
  return (
    <FieldFrame
      path={path}
      label={label}
      hideLabel={hideLabel}
      unit={hideLabel ? undefined : currency}
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
