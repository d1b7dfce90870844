'use client';
import type { Path } from '@/lib/studio/edit';
import { TypedNumberField } from './typed-number-field';

/** A percentage typed as "12.5", stored in basis points (1250), as quantity discounts are. */
export function PercentField({ path, label, hideLabel }: { path: Path; label: string; hideLabel?: boolean }) {
  return (
    <TypedNumberField
      path={path}
      label={label}
      hideLabel={hideLabel}
      unit="%"
      fallback={0}
      format={(bp) => String((bp ?? 0) / 100)}
      parse={(text) => {
        const n = Number(text.trim().replace(',', '.').replace('%', ''));
        if (text.trim() === '' || !Number.isFinite(n)) return { ok: false, error: 'Enter a percentage, like 10.' };
        if (Math.round(n * 100) !== Math.round(n * 10000) / 100) return { ok: false, error: 'At most two decimals.' };
        return { ok: true, value: Math.round(n * 100) };
      }}
    />
  );
}
