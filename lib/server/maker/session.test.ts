import { describe, expect, it } from 'vitest';
import { isMakerSecret, isMakerToken, makerSessionToken } from './session';

describe('maker session', () => {
  const secret = 'correct horse battery staple';

  it('accepts only the configured secret', () => {
    expect(isMakerSecret(secret, secret)).toBe(true);
    expect(isMakerSecret('correct horse battery stapl', secret)).toBe(false);
    expect(isMakerSecret('', secret)).toBe(false);
  });

  it('refuses everyone when no secret is configured', () => {
    expect(isMakerSecret('', undefined)).toBe(false);
    expect(isMakerToken(makerSessionToken(secret), undefined)).toBe(false);
  });

  it('accepts the cookie of a sign-in with the current secret only', () => {
    expect(isMakerToken(makerSessionToken(secret), secret)).toBe(true);
    expect(isMakerToken(makerSessionToken('another secret of enough length'), secret)).toBe(false);
    expect(isMakerToken(secret, secret)).toBe(false);
    expect(isMakerToken(undefined, secret)).toBe(false);
  });
});
