import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/staff/change-password-form';
import { ROLES, ROLE_LABELS } from '@/lib/auth/roles';
import { requireRole } from '@/lib/server/auth/guard';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  const user = await requireRole([...ROLES], '/account');
  return (
    <>
      <h1>Your account</h1>
      <dl className="summary">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>E-mail</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <h2>Change password</h2>
      <ChangePasswordForm email={user.email} />
    </>
  );
}
