// Money is typed in major units ("24.90") and stored as integer minor units (2490).
import { minorDigits } from '../money';

function digitsOf(currency: string): number {
  try {
    return minorDigits(currency);
  } catch {
    // An unknown currency code (the brand is still typing it): assume cents.
    return 2;
  }
}

/** 2490 EUR -> "24.90"; 500 JPY -> "500". */
export function minorToInput(minor: number, currency: string): string {
  const digits = digitsOf(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

export type MoneyInput = { ok: true; minor: number } | { ok: false; error: string };

/** Reads a typed amount ("24.9", "24,90", "-1.50") as minor units, or says what is wrong. */
export function parseMoneyInput(text: string, currency: string, { allowNegative = false } = {}): MoneyInput {
  const digits = digitsOf(currency);
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (cleaned === '') return { ok: false, error: 'Enter an amount' };
  const pattern =
    digits === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+(\\.\\d{0,${digits}})?$|^-?\\.\\d{1,${digits}}$`);
  if (!pattern.test(cleaned)) {
    const example = digits === 0 ? '500' : (1249 / 10 ** digits).toFixed(digits);
    return {
      ok: false,
      error: `Enter an amount like ${example}${digits > 0 ? ` (at most ${digits} decimals)` : ''}`,
    };
  }
  const negative = cleaned.startsWith('-');
  if (negative && !allowNegative) return { ok: false, error: 'The amount cannot be negative' };
  const [whole = '0', fraction = ''] = cleaned.replace('-', '').split('.');
  const minor = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, error: 'That amount is too large' };
  return { ok: true, minor: negative ? -minor : minor };
}
