import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInviteForm } from '@/components/staff/accept-invite-form';
import s from '@/components/staff/staff.module.css';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { findOpenInvite } from '@/lib/server/auth/invites';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Join the team', robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const invite = await findOpenInvite(token);
  if (!invite) {
    return (
      <div className={s.card}>
        <h1>This invitation link does not work</h1>
        <p className="lede">It was used already, withdrawn, or it has expired (links work for 7 days). Ask an admin of the shop for a new one.</p>
        <p>
          Already have an account? <Link href="/sign-in">Sign in</Link>.
        </p>
      </div>
    );
  }
  const role = ROLE_LABELS[invite.role].toLowerCase();
  return (
    <div className={s.card}>
      <h1>Join the team</h1>
      <p className="lede">
        You were invited as {invite.role === 'admin' ? 'an' : 'a'} {role}. You will sign in as <strong>{invite.email}</strong>.
      </p>
      <AcceptInviteForm token={token} email={invite.email} />
    </div>
  );
}
