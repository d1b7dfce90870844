// The currencies the studio offers first; any ISO 4217 code Intl knows is accepted.
export const COMMON_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'SEK',
  'DKK',
  'NOK',
  'PLN',
  'CZK',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
] as const;

/** The common list, with `current` added when the template uses another code. */
export function currencyChoices(current: string): string[] {
  return (COMMON_CURRENCIES as readonly string[]).includes(current) || !current
    ? [...COMMON_CURRENCIES]
    : [current, ...COMMON_CURRENCIES];
}
