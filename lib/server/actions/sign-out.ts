'use server';
import { redirect } from 'next/navigation';
import { clearSessionCookie, readSessionToken } from '../auth/session-cookie';
import { deleteSession } from '../auth/sessions';

/** Ends this browser's session (the row goes, not only the cookie) and returns to the sign-in form. */
export async function signOut(): Promise<void> {
  await deleteSession(await readSessionToken());
  await clearSessionCookie();
  redirect('/sign-in');
}
