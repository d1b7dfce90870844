import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSetupCode, hasSetupCode, isSetupCode, newSetupCode } from './setup-code';

describe('setup code', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-setup-'));
  afterEach(() => clearSetupCode(dir));

  it('prints a random code, keeps only its hash, and accepts it however it is typed', () => {
    const code = newSetupCode(dir);
    expect(code).toMatch(/^([A-Z2-9]{4}-){4}[A-Z2-9]{4}$/);
    const stored = fs.readFileSync(path.join(dir, 'setup-code.json'), 'utf8');
    expect(stored).not.toContain(code.replace(/-/g, ''));
    expect(fs.statSync(path.join(dir, 'setup-code.json')).mode & 0o777).toBe(0o600);
    expect(isSetupCode(code, dir)).toBe(true);
    expect(isSetupCode(` ${code.toLowerCase().replace(/-/g, ' ')} `, dir)).toBe(true);
    expect(isSetupCode(code.slice(0, -1), dir)).toBe(false);
    expect(isSetupCode('', dir)).toBe(false);
  });

  it('replaces the earlier code with a new one', () => {
    const first = newSetupCode(dir);
    const second = newSetupCode(dir);
    expect(isSetupCode(first, dir)).toBe(false);
    expect(isSetupCode(second, dir)).toBe(true);
  });

  it('takes a given code of at least 16 characters', () => {
    expect(() => newSetupCode(dir, 'short-code')).toThrow(/at least 16/);
    newSetupCode(dir, 'e2e-setup-code-0123456789');
    expect(isSetupCode('E2E SETUP CODE 0123456789', dir)).toBe(true);
  });

  it('accepts nothing once cleared or when there is no code', () => {
    newSetupCode(dir);
    clearSetupCode(dir);
    expect(hasSetupCode(dir)).toBe(false);
    expect(isSetupCode('anything', dir)).toBe(false);
    fs.writeFileSync(path.join(dir, 'setup-code.json'), '{"sha256":"nonsense"}');
    expect(isSetupCode('nonsense', dir)).toBe(false);
  });
});
