import type { Metadata } from 'next';
import Link from 'next/link';
import s from '@/components/studio/admin.module.css';
import { STUDIO } from '@/lib/auth/roles';
import { requireRole } from '@/lib/server/auth/guard';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Studio', robots: { index: false } };

const AREAS = [
  {
    href: '/studio/templates',
    title: 'Templates',
    text: 'Your products: sizes, options, personalization zones and prices. Publish new versions.',
  },
  {
    href: '/studio/orders',
    title: 'Orders',
    text: 'Every order with filters and totals, exported as CSV; each order as the maker sees it.',
  },
  {
    href: '/studio/assets',
    title: 'Brand assets',
    text: 'Your fonts and clipart for shoppers to use, with the starter clipart library.',
  },
  { href: '/studio/team', title: 'Team', text: 'Invite makers and admins, and disable accounts.' },
  {
    href: '/studio/embed',
    title: 'Embed in your store',
    text: 'The configurator on your own store’s pages: the sites allowed to show it, and the snippet.',
  },
  {
    href: '/studio/api-keys',
    title: 'API keys',
    text: 'Let your other store use Onekind: keys for the public API, with scopes, revoked at any time.',
  },
  {
    href: '/studio/webhooks',
    title: 'Webhooks',
    text: 'Signed events for your systems (orders, designs, production), with every delivery listed.',
  },
  {
    href: '/maker',
    title: 'Production queue',
    text: 'What the workshop makes next, with the production files.',
  },
];

export default async function StudioPage() {
  const user = await requireRole(STUDIO, '/studio');
  return (
    <>
      <h1>Studio</h1>
      <p className="lede">Hello {user.name}. Manage the shop from here.</p>
      <ul className={s.tiles} aria-label="Studio areas">
        {AREAS.map((a) => (
          <li key={a.href}>
            <Link href={a.href} className={s.tile}>
              <h2>{a.title}</h2>
              <p>{a.text}</p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
