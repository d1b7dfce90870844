import { describe, expect, it } from 'vitest';
import { formatMoney, isKnownCurrency, minorDigits, minorToDecimal } from './money';

describe('money', () => {
  it('formats minor units in the currency of the template', () => {
    expect(formatMoney(2490, 'EUR')).toBe('€24.90');
    expect(formatMoney(1295, 'GBP')).toBe('£12.95');
    expect(formatMoney(1900, 'USD')).toBe('US$19.00');
    expect(formatMoney(1500, 'JPY')).toBe('JP¥1,500');
  });

  it('knows how many minor digits a currency has', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('accepts ISO 4217 codes only', () => {
    expect(isKnownCurrency('EUR')).toBe(true);
    expect(isKnownCurrency('eur')).toBe(false);
    expect(isKnownCurrency('XQQ')).toBe(false);
  });
});

describe('minorToDecimal', () => {
  it('writes minor units as a plain decimal with the currency’s digits', () => {
    expect(minorToDecimal(2499, 'EUR')).toBe('24.99');
    expect(minorToDecimal(5, 'USD')).toBe('0.05');
    expect(minorToDecimal(0, 'GBP')).toBe('0.00');
    expect(minorToDecimal(1500, 'JPY')).toBe('1500');
    expect(minorToDecimal(-1050, 'EUR')).toBe('-10.50');
  });
});
