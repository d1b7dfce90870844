import { describe, expect, it } from 'vitest';
import { isPlainText, plainText } from './plain-text';

describe('plain text', () => {
  it('accepts any printable text, accents, emoji and punctuation included', () => {
    for (const ok of [
      'ada@example.com',
      'OK-7K4P',
      '100% _done_',
      'Jürgen Groß',
      'tea ☕',
      '🎉 party',
      "O'Brien & Sons",
    ])
      expect(isPlainText(ok), ok).toBe(true);
  });

  it('refuses NUL and other control characters, and lone surrogates', () => {
    for (const bad of [
      '\0',
      'a\u0000b',
      'tab\there',
      'line\nbreak',
      '\u007f',
      '\u0085',
      '\ud800',
      'x\udfffy',
    ])
      expect(isPlainText(bad), JSON.stringify(bad)).toBe(false);
  });

  it('trims, then says what to fix', () => {
    const schema = plainText('Remove unusual characters.');
    expect(schema.parse('  ada  ')).toBe('ada');
    expect(schema.safeParse('a\0').error?.issues[0]?.message).toBe('Remove unusual characters.');
  });
});
