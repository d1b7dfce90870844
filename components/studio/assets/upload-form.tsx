'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { FormAlert } from '@/components/order/form-alert';
import o from '@/components/order/order.module.css';
import s from './assets.module.css';

type Answer = { error?: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Posts a file with the fields given as children to a studio upload route, and shows the
 * server's refusal (the sanitizer's or the font reader's message) or what was added.
 */
export function UploadForm({
  endpoint,
  label,
  fileLabel,
  accept,
  hint,
  done,
  children,
}: {
  endpoint: string;
  label: string;
  fileLabel: string;
  accept: string;
  hint: string;
  done: string;
  children?: ReactNode;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);
  const [pending, startTransition] = useTransition();
  const fileId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const body = new FormData(form);
    startTransition(async () => {
      setAdded(false);
      let answer: Answer = {};
      let ok = false;
      try {
        const response = await fetch(endpoint, { method: 'POST', body });
        ok = response.ok;
        answer = (await response.json().catch(() => ({}))) as Answer;
      } catch {
        answer = { error: 'The upload did not reach the server. Check your connection and try again.' };
      }
      if (!ok) {
        const fields = Object.values(answer.fieldErrors ?? {}).flatMap((m) => m ?? []);
        setError([answer.error ?? 'The upload failed.', ...fields].join(' '));
        return;
      }
      setError(null);
      setAdded(true);
      form.reset();
      router.refresh();
    });
  };

  return (
    <form className={s.upload} onSubmit={submit} noValidate aria-label={label}>
      <div className={o.field}>
        <label htmlFor={fileId}>{fileLabel}</label>
        <input id={fileId} name="file" type="file" accept={accept} required />
        <p className={o.hint}>{hint}</p>
      </div>
      {children}
      <div>
        <button type="submit" className={o.button} disabled={pending}>
          {pending ? 'Uploading…' : 'Upload'}
        </button>
      </div>
      <FormAlert message={error} />
      {added && (
        <p role="status" className={s.added}>
          {done}
        </p>
      )}
    </form>
  );
}
