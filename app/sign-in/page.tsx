import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/staff/sign-in-form';
import s from '@/components/staff/staff.module.css';
import { homePath } from '@/lib/auth/roles';
import { safeNextPath } from '@/lib/auth/next-path';
import { currentUser } from '@/lib/server/auth/current-user';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  const user = await currentUser();
  if (user) redirect(next ?? homePath(user.role));
  return (
    <div className={s.card}>
      <h1>Sign in</h1>
      <p className="lede">For the shop&apos;s admins and makers: the studio, the orders and the production queue.</p>
      <SignInForm next={next} />
      <p className={s.aside}>
        Ordered something? You need no account: <Link href="/orders">find your order</Link> with its number and your e-mail address.
      </p>
    </div>
  );
}
