import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { readEnv } from '../env';

// Until the brand studio brings accounts, makers share one configured secret (MAKER_SECRET).
// Signing in puts an HMAC of the secret in an http-only cookie: nothing to store, and changing
// the secret signs every maker out. Without MAKER_SECRET the maker area refuses everyone.
const COOKIE = 'onekind_maker';
const TWELVE_HOURS = 60 * 60 * 12;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The cookie value that proves a sign-in with this secret. */
export function makerSessionToken(secret: string): string {
  return createHmac('sha256', secret).update('onekind maker session v1').digest('base64url');
}

/** True when `given` is the configured secret (compared in constant time). */
export function isMakerSecret(given: string, secret: string | undefined = readEnv().makerSecret): boolean {
  return Boolean(secret) && timingSafeEqual(digest(given), digest(secret!));
}

/** True when the cookie value belongs to a maker session under the configured secret. */
export function isMakerToken(value: string | undefined, secret: string | undefined = readEnv().makerSecret): boolean {
  return Boolean(secret && value) && timingSafeEqual(digest(value!), digest(makerSessionToken(secret!)));
}

/** Whether the current request comes from a signed-in maker. */
export async function isMaker(): Promise<boolean> {
  return isMakerToken((await cookies()).get(COOKIE)?.value);
}

/** For maker pages and actions: sends anyone else to the sign-in form. */
export async function requireMaker(): Promise<void> {
  if (!(await isMaker())) redirect('/maker/sign-in');
}

/** Sets the maker cookie (server actions only). */
export async function startMakerSession(): Promise<void> {
  const { makerSecret, publicUrl } = readEnv();
  if (!makerSecret) throw new Error('MAKER_SECRET is not configured');
  const secure = publicUrl.startsWith('https://');
  (await cookies()).set(COOKIE, makerSessionToken(makerSecret), { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: TWELVE_HOURS });
}

/** Clears the maker cookie. */
export async function endMakerSession(): Promise<void> {
  (await cookies()).delete(COOKIE);
}
