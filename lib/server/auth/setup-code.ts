import 'server-only';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// The one-time setup page creates the first admin only for someone holding the setup code,
// which `npm start` prints to its console while the shop has no account: on a public server a
// stranger who finds /setup first gets nowhere. Only the code's sha256 is kept, in DATA_DIR.

const FILE = 'setup-code.json';
// Letters and digits nobody confuses when copying from a terminal.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Shortest code accepted from SETUP_CODE (after removing dashes and spaces). */
export const MIN_GIVEN_CODE_LENGTH = 16;

const normalise = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
const digest = (code: string) => createHash('sha256').update(normalise(code)).digest('hex');
const fileIn = (dataDir: string) => path.join(dataDir, FILE);

/**
 * Starts a new setup code (a given one, e.g. SETUP_CODE, or 20 random characters, about 99
 * bits), replacing any earlier one, and returns it for printing.
 */
export function newSetupCode(dataDir: string, given?: string): string {
  if (given !== undefined && normalise(given).length < MIN_GIVEN_CODE_LENGTH) throw new Error(`SETUP_CODE must have at least ${MIN_GIVEN_CODE_LENGTH} letters and digits.`);
  const code = given ?? Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')).join('-');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(fileIn(dataDir), JSON.stringify({ sha256: digest(code), createdAt: new Date().toISOString() }), { mode: 0o600 });
  return code;
}

/** Whether a setup code is waiting to be used. */
export function hasSetupCode(dataDir: string): boolean {
  return fs.existsSync(fileIn(dataDir));
}

/** True when `code` is the current setup code (case, spaces and dashes do not matter). */
export function isSetupCode(code: string, dataDir: string): boolean {
  let stored: unknown;
  try {
    stored = (JSON.parse(fs.readFileSync(fileIn(dataDir), 'utf8')) as { sha256?: unknown }).sha256;
  } catch {
    return false;
  }
  if (typeof stored !== 'string' || !/^[a-f0-9]{64}$/.test(stored) || normalise(code).length === 0) return false;
  return timingSafeEqual(Buffer.from(digest(code), 'hex'), Buffer.from(stored, 'hex'));
}

/** Forgets the setup code once the first admin exists. */
export function clearSetupCode(dataDir: string): void {
  fs.rmSync(fileIn(dataDir), { force: true });
}
