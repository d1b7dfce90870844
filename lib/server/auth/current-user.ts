import 'server-only';
import { cache } from 'react';
import type { StaffUser } from '../../auth/roles';
import { readSessionToken } from './session-cookie';
import { userForSession } from './sessions';

// One session lookup per request, however many layouts, pages and guards ask.
const lookUp = cache(async (): Promise<StaffUser | null> => userForSession(await readSessionToken()));

/** The signed-in admin or maker of this request, or null for shoppers and expired sessions. */
export async function currentUser(): Promise<StaffUser | null> {
  return lookUp();
}
