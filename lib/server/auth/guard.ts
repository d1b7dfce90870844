import 'server-only';
import { notFound, redirect } from 'next/navigation';
import type { Role, StaffUser } from '../../auth/roles';

// TEMPORARY DEVELOPMENT SHIM — replaced by the studio-auth branch on merge.
// Until accounts land, STUDIO_DEV_ADMIN=1 makes every request a fixed brand admin; without it
// every request is anonymous. (Read straight from process.env, not lib/server/env.ts, so that
// dropping this file leaves nothing behind.)
const DEV_ADMIN: StaffUser = {
  id: 'dev-admin',
  email: 'dev-admin@onekind.test',
  name: 'Development admin',
  role: 'admin',
};

async function currentUser(): Promise<StaffUser | null> {
  return Promise.resolve(process.env.STUDIO_DEV_ADMIN === '1' ? DEV_ADMIN : null);
}

/** For pages: the signed-in user with one of `roles`; anonymous users go to sign-in, others get no page. */
export async function requireRole(roles: Role[], next: string): Promise<StaffUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  // The real guard answers 403; the shim never has a user of another role.
  if (!roles.includes(user.role)) notFound();
  return user;
}

/** For server actions: the signed-in user with one of `roles`, or null. */
export async function actionUser(roles: Role[]): Promise<StaffUser | null> {
  const user = await currentUser();
  return user && roles.includes(user.role) ? user : null;
}
