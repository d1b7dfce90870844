import { useId, type ReactNode } from 'react';
import s from './studio.module.css';

type Props = {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  /** Renders the control with the id, description and invalid state it must carry. */
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
};

/** A labelled control for a plain form (not the draft editor), with its hint and the server's messages. */
export function FormInput({ label, errors, hint, children }: Props) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={s.field}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': described || undefined,
        'aria-invalid': errors?.length ? true : undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className={s.hint}>
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className={s.fieldError}>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
