'use client';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { FormAlert } from '@/components/order/form-alert';
import { FormField } from '@/components/order/form-field';
import o from '@/components/order/order.module.css';
import { formText } from '@/components/staff/form-text';
import { ROLE_LABELS, ROLES } from '@/lib/auth/roles';
import { inviteMember, type InviteMemberResult } from '@/lib/server/actions/invite-member';
import { CopyLink } from './copy-link';
import s from './admin.module.css';

/** Invites someone by e-mail and shows the one-time link to pass on (it is e-mailed too). */
export function InviteForm() {
  const [result, setResult] = useState<InviteMemberResult | null>(null);
  const [pending, startTransition] = useTransition();
  const roleId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const get = formText(form);
    startTransition(async () => {
      const outcome = await inviteMember({ email: get('email'), role: get('role') });
      setResult(outcome);
      if (outcome.ok) form.reset();
    });
  };

  const failed = result && !result.ok ? result : null;
  return (
    <div className={s.panel}>
      <form onSubmit={submit} noValidate aria-label="Invite someone">
        <div className={s.inline}>
          <FormField name="email" label="E-mail" type="email" autoComplete="off" required errors={failed?.fieldErrors?.email} />
          <div className={o.field}>
            <label htmlFor={roleId}>Role</label>
            <select id={roleId} name="role" defaultValue="maker">
              {[...ROLES].reverse().map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={o.button} disabled={pending}>
            {pending ? 'Inviting…' : 'Send invitation'}
          </button>
        </div>
        <FormAlert message={failed?.error} />
      </form>
      {result?.ok && (
        <div className={s.success} role="status">
          <p>
            Invitation for <strong>{result.email}</strong> sent. The link works once, until {result.expiresAt.replace('T', ' ').slice(0, 16)} UTC. You can also pass it on yourself:
          </p>
          <CopyLink url={result.url} label={`Invitation link for ${result.email}`} />
        </div>
      )}
    </div>
  );
}
