'use client';
import { useState, useTransition, type FormEvent } from 'react';
import { FormAlert } from '@/components/order/form-alert';
import { FormField } from '@/components/order/form-field';
import s from '@/components/order/order.module.css';
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from '@/lib/auth/schemas';
import { changePassword } from '@/lib/server/actions/change-password';
import { formText } from './form-text';

/** Current and new password; other browsers signed in to the account are signed out. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const get = formText(form);
    setDone(false);
    startTransition(async () => {
      const result = await changePassword({ currentPassword: get('currentPassword'), newPassword: get('newPassword') });
      setError(result.ok ? null : result.error);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (result.ok) {
        form.reset();
        setDone(true);
      }
    });
  };

  return (
    <form className={s.form} onSubmit={submit} noValidate aria-label="Change password">
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <FormField name="newPassword" label="New password" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required hint={PASSWORD_HINT} errors={errors.newPassword} />
      <FormAlert message={error} />
      {done && <p role="status">Your password was changed. Other browsers signed in to your account were signed out.</p>}
      <div>
        <button type="submit" className={s.button} disabled={pending}>
          {pending ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
