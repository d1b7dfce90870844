import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { safeNextPath } from '../../auth/next-path';
import type { Role, StaffUser } from '../../auth/roles';
import { HttpError } from '../http/json';
import { currentUser } from './current-user';

// Every studio and maker page, action and download checks the role here, on the server,
// whatever the proxy or the layout did before.

/**
 * For pages: the signed-in user when their role is one of `roles`. Anyone signed out goes to
 * the sign-in form (which comes back to `next`); a signed-in user of another role gets the
 * 403 page (app/forbidden.tsx), not a redirect they would bounce back from.
 */
export async function requireRole(roles: Role[], next: string): Promise<StaffUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeNextPath(next) ?? '/')}`);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

/** For server actions: the user when their role is one of `roles`, else null (return ACTION_REFUSED). */
export async function actionUser(roles: Role[]): Promise<StaffUser | null> {
  const user = await currentUser();
  return user && roles.includes(user.role) ? user : null;
}

/** What a server action answers when actionUser gave null. */
export const ACTION_REFUSED = { ok: false, error: 'You are signed out or your account may not do this. Sign in again and retry.' } as const;

/**
 * For route handlers: the user when their role is one of `roles`; throws HttpError 401 when
 * signed out and 403 for another role (handleJson and handleDownload turn it into the answer).
 */
export async function routeUser(roles: Role[]): Promise<StaffUser> {
  const user = await currentUser();
  if (!user) throw new HttpError(401, 'Sign in first.');
  if (!roles.includes(user.role)) throw new HttpError(403, 'Your account may not do this.');
  return user;
}
