'use client';
import { FormAlert } from '@/components/order/form-alert';
import { FormField } from '@/components/order/form-field';
import s from '@/components/order/order.module.css';
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from '@/lib/auth/schemas';
import { acceptInvitation } from '@/lib/server/actions/accept-invitation';
import { useRedirectingForm } from './use-redirecting-form';

/** The invitee's name and password; on success, they are signed in and land in their area. */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const { submit, pending, error, errors } = useRedirectingForm((get) => acceptInvitation({ token, name: get('name'), password: get('password') }));

  return (
    <form className={s.form} onSubmit={submit} noValidate aria-label="Join the team">
      {/* Lets password managers store the new password under the right address. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField name="name" label="Your name" autoComplete="name" required errors={errors.name} />
      <FormField name="password" label="Choose a password" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required hint={PASSWORD_HINT} errors={errors.password} />
      <FormAlert message={error} />
      <div>
        <button type="submit" className={s.button} disabled={pending}>
          {pending ? 'Creating your account…' : 'Create my account'}
        </button>
      </div>
    </form>
  );
}
