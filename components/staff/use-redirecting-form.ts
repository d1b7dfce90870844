'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { formText } from './form-text';

type Failure = { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * A staff form that calls a server action with its fields and, when it succeeds, opens the
 * page the action names (sign-in, setup, joining): errors per field and for the form otherwise.
 */
export function useRedirectingForm(send: (get: (name: string) => string) => Promise<{ ok: true; next: string } | Failure>) {
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const get = formText(event.currentTarget);
    startTransition(async () => {
      const result = await send(get);
      if (result.ok) {
        router.replace(result.next);
        router.refresh();
        return;
      }
      setError(result.error);
      setErrors(result.fieldErrors ?? {});
    });
  };
  return { submit, pending, error, errors };
}
