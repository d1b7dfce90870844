'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { makerSignIn } from '@/lib/server/actions/maker-sign-in';
import { FormField } from '@/components/order/form-field';
import s from '@/components/order/order.module.css';
import { FormAlert } from '@/components/order/form-alert';

/** The maker secret; on success, opens the queue. */
export function MakerSignInForm() {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const secret = new FormData(event.currentTarget).get('secret');
    startTransition(async () => {
      const result = await makerSignIn({ secret: typeof secret === 'string' ? secret : '' });
      if (result.ok) return router.push('/maker');
      setError(result.error);
    });
  };

  return (
    <form className={s.form} onSubmit={submit} noValidate aria-label="Maker sign-in">
      <FormField name="secret" label="Maker secret" type="password" autoComplete="current-password" />
      <FormAlert message={error} />
      <div>
        <button type="submit" className={s.button} disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
