import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SetupForm } from '@/components/staff/setup-form';
import s from '@/components/staff/staff.module.css';
import { hasSetupCode, newSetupCode } from '@/lib/server/auth/setup-code';
import { countUsers } from '@/lib/server/auth/users';
import { readEnv } from '@/lib/server/env';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Set up your shop', robots: { index: false } };

// Exists only while the shop has no account at all; afterwards it is a 404.
export default async function SetupPage() {
  if ((await countUsers()) > 0) notFound();
  const { dataDir } = readEnv();
  // Served by `next start` or `next dev` rather than `npm start`: print a code now.
  if (!hasSetupCode(dataDir)) console.log(`\nOnekind setup code: ${newSetupCode(dataDir)}\nEnter it at /setup to create the first admin.\n`);
  return (
    <div className={s.card}>
      <h1>Set up your shop</h1>
      <p className="lede">Create the first admin account. Admins manage products, orders and the team, and invite makers.</p>
      <p>
        Enter the <strong>setup code</strong> printed in the console where the server was started (<span className={s.code}>npm start</span>): it proves you run this server. It works once.
      </p>
      <SetupForm />
      <p className={s.aside}>
        No console at hand? Create the admin on the server with <span className={s.code}>npm run admin:create -- --email you@example.com --name &quot;Your Name&quot;</span>.
      </p>
    </div>
  );
}
