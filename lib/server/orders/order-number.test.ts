import { describe, expect, it } from 'vitest';
import { looksLikeOrderNumber, newOrderNumber } from './order-number';

describe('order numbers', () => {
  it('are short, unambiguous and random', () => {
    const numbers = Array.from({ length: 2000 }, newOrderNumber);
    for (const n of numbers) expect(looksLikeOrderNumber(n)).toBe(true);
    expect(numbers.map((n) => n.slice(3)).join('')).not.toMatch(/[01IOL]/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('rejects anything else before it reaches the database', () => {
    for (const n of ['', 'OK-1234-5678', 'ok-abcd-efgh', 'OK-ABCD-EFGH-', "OK-ABCD-'; --"]) expect(looksLikeOrderNumber(n)).toBe(false);
  });
});
