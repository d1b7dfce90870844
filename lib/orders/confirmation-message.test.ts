import { describe, expect, it } from 'vitest';
import { confirmationMessage } from './confirmation-message';

describe('confirmation message', () => {
  const facts = {
    number: 'OK-ABCD-2345',
    email: 'ada@example.com',
    name: 'Ada <Lovelace>',
    currency: 'EUR',
    lines: [{ title: 'iPhone 17 Slim Case', quantity: 2, totalMinor: 5980 }],
    shippingLabel: 'Standard delivery',
    shippingMinor: 490,
    totalMinor: 6470,
    paymentNote: 'Pay by bank transfer.',
    url: 'http://shop.test/orders/OK-ABCD-2345?t=x',
  };

  it('lists the lines, shipping and total in text and HTML', () => {
    const m = confirmationMessage(facts);
    expect(m.subject).toBe('Your Onekind order OK-ABCD-2345');
    expect(m.text).toContain('2 × iPhone 17 Slim Case: €59.80');
    expect(m.text).toContain('Total: €64.70');
    expect(m.html).toContain('€64.70');
  });

  it('escapes what the shopper typed in the HTML', () => {
    expect(confirmationMessage(facts).html).toContain('Ada &#60;Lovelace&#62;');
  });
});
