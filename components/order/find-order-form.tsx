'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { findOrder } from '@/lib/server/actions/find-order';
import { FormField } from './form-field';
import s from './order.module.css';
import { FormAlert } from './form-alert';

/** Order number and e-mail; on a match, opens the order. */
export function FindOrderForm() {
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const get = (name: string) => {
      const value = f.get(name);
      return typeof value === 'string' ? value : '';
    };
    startTransition(async () => {
      const result = await findOrder({ number: get('number'), email: get('email') });
      if (result.ok) return router.push(result.url);
      setError(result.error);
      setErrors(result.fieldErrors ?? {});
    });
  };

  return (
    <form className={s.form} onSubmit={submit} noValidate aria-label="Find an order">
      <FormField
        name="number"
        label="Order number"
        placeholder="OK-7K4P-2QXM"
        autoCapitalize="characters"
        errors={errors.number}
      />
      <FormField name="email" label="E-mail" type="email" autoComplete="email" errors={errors.email} />
      <FormAlert message={error} />
      <div>
        <button type="submit" className={s.button} disabled={pending}>
          {pending ? 'Looking…' : 'Find order'}
        </button>
      </div>
    </form>
  );
}
