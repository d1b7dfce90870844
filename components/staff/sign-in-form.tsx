'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { FormAlert } from '@/components/order/form-alert';
import { FormField } from '@/components/order/form-field';
import s from '@/components/order/order.module.css';
import { signIn } from '@/lib/server/actions/sign-in';
import { formText } from './form-text';

/** E-mail and password; on success, opens the page that asked for a sign-in (or the user's area). */
export function SignInForm({ next }: { next: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const get = formText(event.currentTarget);
    startTransition(async () => {
      const result = await signIn({ email: get('email'), password: get('password'), next });
      if (result.ok) {
        router.replace(result.next);
        router.refresh();
        return;
      }
      setError(result.error);
      setErrors(result.fieldErrors ?? {});
    });
  };

  return (
    <form className={s.form} onSubmit={submit} noValidate aria-label="Sign in">
      <FormField name="email" label="E-mail" type="email" autoComplete="username" required errors={errors.email} />
      <FormField name="password" label="Password" type="password" autoComplete="current-password" required errors={errors.password} />
      <FormAlert message={error} />
      <div>
        <button type="submit" className={s.button} disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
