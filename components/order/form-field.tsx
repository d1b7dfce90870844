import { useId, type InputHTMLAttributes } from 'react';
import s from './order.module.css';

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; errors?: string[] };

/** A labelled input with the server's messages for it right below, tied to it for screen readers. */
export function FormField({ label, errors, ...input }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={s.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={errors ? true : undefined} aria-describedby={errors ? errorId : undefined} {...input} />
      {errors && (
        <p id={errorId} className={s.fieldError}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
