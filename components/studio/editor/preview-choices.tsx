'use client';
import { useId } from 'react';
import type { Template } from '@/lib/templates/schema';
import { useDraft } from './draft-context';
import b from '../studio.module.css';

/** A choice per option for the 3D preview (the defaults until the brand picks or edits one). */
export function PreviewChoices({
  options,
  selection,
}: {
  options: Template['options'];
  selection: Record<string, string>;
}) {
  const set = useDraft((st) => st.setPreviewChoice);
  const base = useId();
  return options.map((option) => (
    <div key={option.id} className={b.field}>
      <label htmlFor={`${base}-${option.id}`}>Preview: {option.name}</label>
      <select
        id={`${base}-${option.id}`}
        value={selection[option.id]}
        onChange={(e) => set(option.id, e.target.value)}
      >
        {option.choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  ));
}
