'use client';
import type { ReactNode } from 'react';
import type { Path } from '@/lib/studio/edit';
import { TypedNumberField, type ParseNumber } from './typed-number-field';

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
  const parse: ParseNumber = (text) => {
    const t = text.trim().replace(',', '.');
    if (t === '') return optional ? { ok: true, value: undefined } : { ok: false, error: 'Enter a number.' };
    const n = Number(t);
    if (!Number.isFinite(n)) return { ok: false, error: 'Enter a number, like 12.5.' };
    if (integer && !Number.isInteger(n)) return { ok: false, error: 'Enter a whole number.' };
    return { ok: true, value: n };
  };
  return <TypedNumberField path={path} label={label} hideLabel={hideLabel} unit={unit || undefined} hint={hint} fallback={undefined} format={format} parse={parse} />;
}
