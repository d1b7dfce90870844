'use client';
import { useId } from 'react';
import { useTypedValue } from '@/components/editor/use-typed-value';
import s from './configurator.module.css';

type Props = {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
};

const round = (n: number) => Math.round(n * 100) / 100;
const format = (n: number) => String(round(n));

/**
 * A number input that lets people type freely and only reports values inside [min, max]; the
 * typed-text logic is the studio fields' (components/editor/use-typed-value.ts).
 */
export function NumberField({ label, value, min, max, step, onChange }: Props) {
  const id = useId();
  const parse = (text: string) => {
    const n = Number(text);
    return text !== '' && Number.isFinite(n) && n >= min && n <= max
      ? { ok: true as const, value: n }
      : { ok: false as const, error: `Enter a number from ${min} to ${max}.` };
  };
  // Follows outside changes (dragging in the editor, undo) unless the text already means the same number.
  const field = useTypedValue(value, format, parse, onChange, { revertOnBlur: true });
  return (
    // A label beside (not around) the input: a wrapping label would fold the value into the name.
    <div className={s.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={field.text}
        min={min}
        max={max}
        step={step}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
      />
    </div>
  );
}
