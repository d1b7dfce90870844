import { describe, expect, it } from 'vitest';
import { CURRENT_PARAMS, hashPassword, needsRehash, verifyDummyPassword, verifyPassword } from './password';

// Cheap parameters keep most tests fast; one test runs the real ones.
const FAST = { ln: 10, r: 8, p: 1 };

describe('passwords', () => {
  it('hashes with scrypt, a random salt and the parameters in the string', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$ln=16,r=8,p=2\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!', FAST), hashPassword('same password!', FAST)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password!', a)).toBe(true);
    expect(await verifyPassword('same password!', b)).toBe(true);
  });

  it('treats the composed and decomposed forms of a character as the same password', async () => {
    const hash = await hashPassword('Crème brûlée 2026', FAST);
    expect(await verifyPassword('Cre\u0300me bru\u0302le\u0301e 2026', hash)).toBe(true);
  });

  it('verifies hashes made with other parameters, and says when they should be upgraded', async () => {
    const old = await hashPassword('an older hash here', FAST);
    expect(await verifyPassword('an older hash here', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('a current hash', CURRENT_PARAMS))).toBe(false);
    expect(needsRehash(old, FAST)).toBe(false);
  });

  it('refuses malformed or hostile hashes without trying them', async () => {
    const good = await hashPassword('whatever password', FAST);
    for (const bad of ['', 'plain text', good.replace('ln=10', 'ln=30'), good.replace('p=1', 'p=99'), good.replace(/\$[^$]+$/, '$short'), `bcrypt${good.slice(6)}`]) {
      expect(await verifyPassword('whatever password', bad), bad).toBe(false);
      expect(needsRehash(bad)).toBe(true);
    }
  });

  it('answers false for the dummy check whatever the password', async () => {
    expect(await verifyDummyPassword('anything at all')).toBe(false);
  });
});
