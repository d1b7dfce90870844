'use client';
import { useId } from 'react';
import { useEditor, useTemplate } from './editor-context';
import { useMoney } from './money-format';
import s from './configurator.module.css';

/** Size choice: chips for a handful of sizes, a select for long grids such as waist x length. */
export function SizePicker() {
  const { template } = useTemplate();
  const variantId = useEditor((st) => st.design.variantId);
  const setVariant = useEditor((st) => st.setVariant);
  const selectId = useId();
  const money = useMoney(template.currency);
  const { variants, label } = template.sizes;
  if (variants.length < 2) return null;
  const delta = (minor: number) => (minor ? ` (+${money(minor)})` : '');

  if (variants.length > 8) {
    return (
      <div className={s.field}>
        <label htmlFor={selectId}>{label}</label>
        <select id={selectId} value={variantId} onChange={(e) => setVariant(e.target.value)}>
          {variants.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
              {delta(v.priceDeltaMinor)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <fieldset>
      <legend>{label}</legend>
      <div className={s.chips}>
        {variants.map((v) => (
          <label key={v.id} className={s.chipPlain}>
            <input
              type="radio"
              name="size"
              value={v.id}
              checked={v.id === variantId}
              onChange={() => setVariant(v.id)}
            />
            {v.label}
            {v.priceDeltaMinor !== 0 && <span className={s.delta}>{delta(v.priceDeltaMinor)}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
