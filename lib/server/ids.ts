import 'server-only';
import { randomBytes } from 'node:crypto';

const ALPHABET = '23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';

/** A short, unguessable, unambiguous id for share links (10 characters, about 58 bits). */
export function shortId(length = 10): string {
  const bytes = randomBytes(length * 2);
  let id = '';
  // Rejection sampling keeps every character equally likely.
  for (const byte of bytes) {
    if (byte < 256 - (256 % ALPHABET.length)) id += ALPHABET[byte % ALPHABET.length];
    if (id.length === length) return id;
  }
  return id + shortId(length - id.length);
}
