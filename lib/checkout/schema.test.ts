import { describe, expect, it } from 'vitest';
import { checkoutSchema, fieldErrorsOf, placeOrderSchema } from './schema';
import { shippingPriceMinor } from './shipping';

const valid = {
  email: 'ada@example.com',
  address: { name: 'Ada Lovelace', line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
  shippingMethod: 'standard',
};

const errorsOf = (input: unknown) => {
  const parsed = checkoutSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('checkout schema', () => {
  it('accepts a complete address and normalises postal codes', () => {
    const parsed = checkoutSchema.parse({ ...valid, address: { ...valid.address, country: 'GB', postalCode: ' sw1a 1aa ', line2: '' } });
    expect(parsed.address.postalCode).toBe('SW1A 1AA');
    expect(parsed.address.line2).toBeUndefined();
  });

  it('puts each problem next to its field, in words the shopper can act on', () => {
    expect(errorsOf({ ...valid, email: 'ada' })).toEqual({ email: ['Enter an e-mail address like name@example.com.'] });
    expect(errorsOf({ ...valid, address: { ...valid.address, postalCode: '1011' } })).toEqual({ 'address.postalCode': ['Enter a Germany postal code, like 10115.'] });
    expect(errorsOf({ ...valid, address: { ...valid.address, name: '  ' } })).toEqual({ 'address.name': ['Enter your full name.'] });
    expect(errorsOf({ ...valid, address: { ...valid.address, country: 'XX' } })).toEqual({ 'address.country': ['Choose a country we ship to.'] });
    expect(errorsOf({ ...valid, shippingMethod: 'drone' })).toEqual({ shippingMethod: ['Choose how the order reaches you.'] });
  });

  it('asks for a state in the United States and a province in Canada', () => {
    const us = { ...valid, address: { ...valid.address, country: 'US', postalCode: '94105' } };
    expect(errorsOf(us)).toEqual({ 'address.region': ['Enter the state as its two-letter code, like AL.'] });
    expect(errorsOf({ ...us, address: { ...us.address, region: 'CA' } })).toEqual({});
    expect(errorsOf({ ...valid, address: { ...valid.address, country: 'CA', postalCode: 'K1A 0B1', region: 'ZZ' } })).toHaveProperty(['address.region']);
  });

  it('refuses control characters, and tampered quantities, keys and totals', () => {
    expect(errorsOf({ ...valid, address: { ...valid.address, line1: 'Street\u0000 1' } })).toHaveProperty(['address.line1']);
    const order = { ...valid, idempotencyKey: 'a'.repeat(32), lines: [{ designId: 'abcdef1234', quantity: 1 }], expectedTotalMinor: 2990 };
    expect(placeOrderSchema.safeParse(order).success).toBe(true);
    for (const quantity of [0, -1, 1.5, 10_001, '2']) expect(placeOrderSchema.safeParse({ ...order, lines: [{ designId: 'abcdef1234', quantity }] }).success).toBe(false);
    expect(placeOrderSchema.safeParse({ ...order, idempotencyKey: 'short' }).success).toBe(false);
    expect(placeOrderSchema.safeParse({ ...order, expectedTotalMinor: 29.9 }).success).toBe(false);
    expect(placeOrderSchema.safeParse({ ...order, lines: [] }).success).toBe(false);
  });
});

describe('shipping prices', () => {
  it('are priced per currency, and unknown methods or currencies have none', () => {
    expect(shippingPriceMinor('standard', 'EUR')).toBe(490);
    expect(shippingPriceMinor('pickup', 'USD')).toBe(0);
    expect(shippingPriceMinor('standard', 'JPY')).toBeNull();
    expect(shippingPriceMinor('drone', 'EUR')).toBeNull();
  });
});
