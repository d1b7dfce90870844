'use client';
import { useId, useState } from 'react';
import s from './configurator.module.css';

type Props = { label: string; value: number; min: number; max: number; step: number; onChange: (value: number) => void };

/** A number input that lets people type freely and only reports values inside [min, max]. */
export function NumberField({ label, value, min, max, step, onChange }: Props) {
  const [draft, setDraft] = useState(String(round(value)));
  const [shown, setShown] = useState(value);
  const id = useId();
  // Follow outside changes (dragging in the editor, undo) unless the draft already means the same number.
  if (value !== shown) {
    setShown(value);
    if (Number(draft) !== round(value)) setDraft(String(round(value)));
  }
  return (
    // A label beside (not around) the input: a wrapping label would fold the value into the name.
    <div className={s.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={draft}
        min={min}
        max={max}
        step={step}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(next) && next >= min && next <= max) onChange(next);
        }}
        onBlur={() => setDraft(String(round(value)))}
      />
    </div>
  );
}

const round = (n: number) => Math.round(n * 100) / 100;
