import { useId, type InputHTMLAttributes } from 'react';
import s from './order.module.css';

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; errors?: string[]; hint?: string };

/** A labelled input with an optional hint and the server's messages for it right below, tied to it for screen readers. */
export function FormField({ label, errors, hint, ...input }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={s.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={errors ? true : undefined} aria-describedby={describedBy} {...input} />
      {hint && (
        <p id={hintId} className={s.hint}>
          {hint}
        </p>
      )}
      {errors && (
        <p id={errorId} className={s.fieldError}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
