'use client';
import { FormAlert } from '@/components/order/form-alert';
import { FormField } from '@/components/order/form-field';
import s from '@/components/order/order.module.css';
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from '@/lib/auth/schemas';
import { setUpFirstAdmin } from '@/lib/server/actions/set-up-first-admin';
import { useRedirectingForm } from './use-redirecting-form';

/** The setup code, then the first admin's name, e-mail and password; on success, opens the studio. */
export function SetupForm() {
  const { submit, pending, error, errors } = useRedirectingForm(async (get) => {
    const result = await setUpFirstAdmin({ code: get('code'), name: get('name'), email: get('email'), password: get('password') });
    return result.ok ? { ok: true, next: '/studio' } : result;
  });

  return (
    <form className={s.form} onSubmit={submit} noValidate aria-label="Set up the shop">
      <FormField name="code" label="Setup code" autoComplete="off" spellCheck={false} autoCapitalize="characters" placeholder="XXXX-XXXX-XXXX-XXXX-XXXX" required errors={errors.code} />
      <FormField name="name" label="Your name" autoComplete="name" required errors={errors.name} />
      <FormField name="email" label="E-mail" type="email" autoComplete="username" required errors={errors.email} />
      <FormField name="password" label="Password" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required hint={PASSWORD_HINT} errors={errors.password} />
      <FormAlert message={error} />
      <div>
        <button type="submit" className={s.button} disabled={pending}>
          {pending ? 'Creating your account…' : 'Create admin account'}
        </button>
      </div>
    </form>
  );
}
