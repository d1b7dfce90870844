import s from './order.module.css';

/** A form's message from the server, announced to screen readers; nothing when there is none. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className={s.alert} role="alert">
      {message}
    </p>
  );
}
