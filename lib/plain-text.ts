// Text that reaches the database must be storable, unchanged, by both databases the app runs
// on. PostgreSQL refuses a NUL byte in text ("invalid byte sequence for encoding UTF8: 0x00")
// where SQLite keeps it, and a lone UTF-16 surrogate has no UTF-8 form at all (the driver would
// store U+FFFD instead). Control characters have no place in a name, a note or a search either.
import { z } from 'zod';

const UNSTORABLE = /[\p{Cc}\p{Cs}]/u;

/** True when `value` has no control character (NUL among them) and no lone surrogate. */
export function isPlainText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** A trimmed single line of plain text; `message` says what to fix when it is not. */
export function plainText(message: string) {
  return z.string().trim().refine(isPlainText, { error: message });
}
