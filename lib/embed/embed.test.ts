import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { embedOriginSchema, frameAncestorsPolicy, isAllowedOrigin } from './origins';
import { hostScript } from './host-script';
import { parseHostCommand } from './host-commands';
import { EMBED_PROTOCOL_VERSION, frameMessage, HOST_SOURCE } from './protocol';

const cmd = (body: Record<string, unknown>) => ({
  source: HOST_SOURCE,
  version: EMBED_PROTOCOL_VERSION,
  ...body,
});

describe('allowed embed origins', () => {
  it('reads what a brand types into an origin', () => {
    expect(embedOriginSchema.parse('  https://Shop.Example.com/ ')).toBe('https://shop.example.com');
    expect(embedOriginSchema.parse('http://localhost:8080')).toBe('http://localhost:8080');
    expect(embedOriginSchema.parse('https://shop.example.com:443')).toBe('https://shop.example.com');
  });

  it('refuses what is not a web origin, with a message', () => {
    for (const [text, message] of [
      ['shop.example.com', 'Enter a full address with https://'],
      ['javascript:alert(1)', 'Only http:// and https:// sites'],
      ['https://shop.example.com/products', 'without a path'],
      ['https://user:pw@shop.example.com', 'without a path'],
      ['', 'Enter the address of the site'],
    ] as const) {
      const parsed = embedOriginSchema.safeParse(text);
      expect(parsed.success, text).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain(message);
    }
  });

  it('matches origins exactly, never the opaque "null" origin', () => {
    const allowed = ['https://shop.example.com'];
    expect(isAllowedOrigin('https://shop.example.com', allowed)).toBe(true);
    expect(isAllowedOrigin('https://shop.example.com.evil.test', allowed)).toBe(false);
    expect(isAllowedOrigin('http://shop.example.com', allowed)).toBe(false);
    expect(isAllowedOrigin('null', [...allowed, 'null'])).toBe(false);
    expect(isAllowedOrigin(undefined, allowed)).toBe(false);
  });

  it('lets the shop and the allowed sites frame an embed page, nobody else', () => {
    expect(frameAncestorsPolicy([])).toBe("frame-ancestors 'self'");
    expect(frameAncestorsPolicy(['https://a.example', 'http://localhost:4000'])).toBe(
      "frame-ancestors 'self' https://a.example http://localhost:4000",
    );
  });
});

describe('the embed protocol', () => {
  it('reads the host’s commands', () => {
    expect(parseHostCommand(cmd({ type: 'setQuantity', quantity: 3 }))).toEqual({
      ok: true,
      command: cmd({ type: 'setQuantity', quantity: 3 }),
    });
    expect(parseHostCommand(cmd({ type: 'setLocale', locale: 'de-CH' }))?.ok).toBe(true);
    expect(parseHostCommand(cmd({ type: 'save' }))?.ok).toBe(true);
  });

  it('ignores other scripts’ messages', () => {
    for (const data of [null, 'hello', 42, { type: 'save' }, { source: 'react-devtools', type: 'save' }])
      expect(parseHostCommand(data)).toBeNull();
  });

  it('refuses bad commands with a message the host developer can act on', () => {
    expect(parseHostCommand(cmd({ type: 'setQuantity', quantity: 0 }))).toMatchObject({
      ok: false,
      command: 'setQuantity',
    });
    expect(parseHostCommand(cmd({ type: 'setQuantity', quantity: 2.5 }))).toMatchObject({ ok: false });
    expect(parseHostCommand(cmd({ type: 'setLocale', locale: '<script>' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('language tag'),
    });
    expect(parseHostCommand(cmd({ type: 'placeOrder' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('setLocale, setQuantity, save'),
    });
    expect(parseHostCommand({ source: HOST_SOURCE, version: 2, type: 'save' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('version 1'),
    });
  });

  it('wraps events with source and version', () => {
    expect(frameMessage({ type: 'resize', height: 800 })).toEqual({
      source: 'onekind',
      version: 1,
      type: 'resize',
      height: 800,
    });
  });

  it('serves a self-contained host script with its settings', () => {
    const script = hostScript('https://shop.example');
    expect(script).toContain('"frameSource":"onekind"');
    expect(script).toContain('"hostSource":"onekind-host"');
    // It parses as a script (no imports, no TypeScript left in it).
    expect(() => new vm.Script(script)).not.toThrow();
    expect(script).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
