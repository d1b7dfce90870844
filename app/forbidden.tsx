import type { Metadata } from 'next';
import Link from 'next/link';
import { homePath, ROLE_LABELS } from '@/lib/auth/roles';
import { signOut } from '@/lib/server/actions/sign-out';
import { currentUser } from '@/lib/server/auth/current-user';
import s from '@/components/order/order.module.css';

export const metadata: Metadata = { title: 'Not for your account', robots: { index: false } };

// Rendered with status 403 when a signed-in user opens a page their role may not see
// (requireRole). Not a redirect: they would only bounce back here.
export default async function Forbidden() {
  const user = await currentUser();
  return (
    <>
      <h1>This page is not for your account</h1>
      {user ? (
        <>
          <p className="lede">
            You are signed in as {user.name} ({user.email}), a {ROLE_LABELS[user.role].toLowerCase()}. This part of Onekind is for the shop&apos;s admins.
          </p>
          <p>
            <Link href={homePath(user.role)} className="button-link">
              Go to {user.role === 'admin' ? 'the studio' : 'the production queue'}
            </Link>
          </p>
          <form action={signOut}>
            <p className="muted">
              Need another account?{' '}
              <button type="submit" className={s.secondary}>
                Sign out
              </button>
            </p>
          </form>
        </>
      ) : (
        <p className="lede">
          <Link href="/sign-in">Sign in</Link> with an account that may open it.
        </p>
      )}
    </>
  );
}
