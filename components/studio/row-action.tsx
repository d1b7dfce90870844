'use client';
import { useState, useTransition } from 'react';
import s from './admin.module.css';

type Result = { ok: true } | { ok: false; error: string };

/** A button in a table row that runs a server action on the row's id and shows its refusal. */
export function RowAction({ action, id, label, name }: { action: (input: { id: string }) => Promise<Result>; id: string; label: string; name: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        className={s.small}
        disabled={pending}
        aria-label={name}
        onClick={() =>
          startTransition(async () => {
            const result = await action({ id });
            setError(result.ok ? null : result.error);
          })
        }
      >
        {label}
      </button>
      {error && (
        <p role="alert" className={s.rowError}>
          {error}
        </p>
      )}
    </>
  );
}
