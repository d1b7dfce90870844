import 'server-only';
import { cookies } from 'next/headers';
import { readEnv } from '../env';
import type { NewSession } from './sessions';

// The session cookie: http-only (no script reads it), SameSite=Lax and, when the shop is
// served over https, Secure with the __Host- prefix (no subdomain can set or read it).
// Lax rather than Strict so a link to an order page in a maker's mail opens signed in; the
// cross-site writes Lax would let through are refused by proxy.ts.

function cookieOptions() {
  const secure = readEnv().publicUrl.startsWith('https://');
  return { name: secure ? '__Host-onekind_session' : 'onekind_session', secure };
}

/** The session token the browser sent, if any. */
export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(cookieOptions().name)?.value;
}

/** Puts a new session's token in the cookie (server actions and route handlers only). */
export async function setSessionCookie(session: NewSession): Promise<void> {
  const { name, secure } = cookieOptions();
  (await cookies()).set(name, session.token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: session.expiresAt });
}

/** Removes the session cookie. */
export async function clearSessionCookie(): Promise<void> {
  const { name, secure } = cookieOptions();
  (await cookies()).set(name, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}
