import { ROLE_LABELS } from '@/lib/auth/roles';
import { signOut } from '@/lib/server/actions/sign-out';
import { currentUser } from '@/lib/server/auth/current-user';
import { StaffLink } from './staff-link';
import s from './staff.module.css';

const STUDIO_LINKS = [
  { href: '/studio/templates', label: 'Templates' },
  { href: '/studio/orders', label: 'Orders' },
  { href: '/studio/production', label: 'Production' },
  { href: '/studio/assets', label: 'Assets' },
  { href: '/studio/team', label: 'Team' },
  { href: '/studio/api-keys', label: 'API keys' },
  { href: '/studio/webhooks', label: 'Webhooks' },
  { href: '/studio/embed', label: 'Embed' },
];

/**
 * The staff navigation: the areas the signed-in user may open, who they are, and signing out.
 * Nothing for anyone else (the page itself sends them to sign in).
 */
export async function StaffBar() {
  const user = await currentUser();
  if (!user) return null;
  return (
    <nav className={s.bar} aria-label="Staff">
      <ul className={s.links}>
        {user.role === 'admin' && (
          <>
            <li>
              <StaffLink href="/studio" exact className={s.area}>
                Studio
              </StaffLink>
            </li>
            {STUDIO_LINKS.map((l) => (
              <li key={l.href}>
                <StaffLink href={l.href}>{l.label}</StaffLink>
              </li>
            ))}
          </>
        )}
        <li>
          <StaffLink href="/maker" className={user.role === 'maker' ? s.area : undefined}>
            Production queue
          </StaffLink>
        </li>
      </ul>
      <div className={s.who}>
        <StaffLink href="/account">
          {user.name}
          <span className={s.role}>{ROLE_LABELS[user.role]}</span>
        </StaffLink>
        <form action={signOut}>
          <button type="submit" className={s.signOut}>
            Sign out
          </button>
        </form>
      </div>
    </nav>
  );
}
