'use client';
import { getIn, type Path } from '@/lib/studio/edit';
import { fieldKey } from '@/lib/studio/field-issues';
import { useDraft } from '../editor/draft-context';
import { FieldFrame } from './field-frame';
import { useTypedValue } from './use-typed-value';

/** A percentage typed as "12.5", stored in basis points (1250), as quantity discounts are. */
export function PercentField({ path, label, hideLabel }: { path: Path; label: string; hideLabel?: boolean }) {
  const raw = useDraft((s) => getIn(s.doc, path));
  const value = typeof raw === 'number' ? raw : 0;
  const edit = useDraft((s) => s.edit);
  const field = useTypedValue(
    value,
    (bp) => String(bp / 100),
    (text) => {
      const n = Number(text.trim().replace(',', '.').replace('%', ''));
      if (text.trim() === '' || !Number.isFinite(n))
        return { ok: false, error: 'Enter a percentage, like 10.' };
      if (Math.round(n * 100) !== Math.round(n * 10000) / 100)
        return { ok: false, error: 'At most two decimals.' };
      return { ok: true, value: Math.round(n * 100) };
    },
    (bp) => edit(path, bp, `field:${fieldKey(path)}`),
  );
  return (
    <FieldFrame path={path} label={label} unit="%" hideLabel={hideLabel} localError={field.error}>
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
