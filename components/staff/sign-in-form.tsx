'use client';
import { FormAlert } from '@/components/order/form-alert';
import { FormField } from '@/components/order/form-field';
import s from '@/components/order/order.module.css';
import { signIn } from '@/lib/server/actions/sign-in';
import { useRedirectingForm } from './use-redirecting-form';

/** E-mail and password; on success, opens the page that asked for a sign-in (or the user's area). */
export function SignInForm({ next }: { next: string | null }) {
  const { submit, pending, error, errors } = useRedirectingForm((get) => signIn({ email: get('email'), password: get('password'), next }));

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
