'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { deleteTemplate } from '@/lib/server/actions/delete-template';
import s from './studio.module.css';

/** Deletes a never-published template, after a second click that says what it does. */
export function DeleteButton({ slug, name }: { slug: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const remove = () =>
    start(async () => {
      const result = await deleteTemplate({ slug });
      if (!result.ok) return setError(result.error);
      router.refresh();
    });
  return (
    <>
      {confirming ? (
        <>
          <button
            type="button"
            className={s.danger}
            disabled={pending}
            onClick={remove}
            aria-label={`Delete ${name} for good`}
          >
            Delete for good
          </button>
          <button type="button" className={s.small} onClick={() => setConfirming(false)}>
            Keep
          </button>
        </>
      ) : (
        <button
          type="button"
          className={s.danger}
          onClick={() => setConfirming(true)}
          aria-label={`Delete ${name}`}
          title="Never published: nothing refers to it yet"
        >
          Delete
        </button>
      )}
      {error && (
        <span role="alert" className={s.fieldError}>
          {error}
        </span>
      )}
    </>
  );
}
