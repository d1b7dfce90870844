import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// Session cookies and invitation links carry a random token; the database keeps only its
// sha256, so a leaked copy of the database lets nobody in.

/** A new random token: 32 bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** True for strings shaped like a token, checked before any database lookup. */
export function looksLikeToken(value: string | undefined | null): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** The stored id of a token: its sha256 in hex. */
export function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
