'use client';
import type { ReactNode } from 'react';
import type { Path } from '@/lib/studio/edit';
import { minorToInput, parseMoneyInput } from '@/lib/studio/money-input';
import { useDraft } from '../editor/draft-context';
import { TypedNumberField } from './typed-number-field';

type Props = { path: Path; label: string; hideLabel?: boolean; hint?: ReactNode; allowNegative?: boolean };

/** An amount typed in the template's currency ("24.90"), stored as integer minor units (2490). In a table (hideLabel) the column head names the currency. */
export function MoneyField({ path, label, hideLabel, hint, allowNegative }: Props) {
  const currency = useDraft((s) => s.doc.currency);
  return (
    <TypedNumberField
      path={path}
      label={label}
      hideLabel={hideLabel}
      unit={hideLabel ? undefined : currency}
      hint={hint}
      fallback={0}
      format={(minor) => minorToInput(minor ?? 0, currency)}
      parse={(text) => {
        const parsed = parseMoneyInput(text, currency, { allowNegative });
        return parsed.ok ? { ok: true, value: parsed.minor } : { ok: false, error: `${parsed.error}.` };
      }}
    />
  );
}
