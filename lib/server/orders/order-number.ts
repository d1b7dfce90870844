import 'server-only';
import { randomInt } from 'node:crypto';

// Letters and digits people do not confuse when reading a number out over the phone.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new order number such as "OK-7K4P-2QXM": random, so numbers reveal nothing about sales. */
export function newOrderNumber(): string {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `OK-${part()}-${part()}`;
}

/** True for strings shaped like an order number (after upper-casing and trimming). */
export function looksLikeOrderNumber(value: string): boolean {
  return /^OK-[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(value);
}
