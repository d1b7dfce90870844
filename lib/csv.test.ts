import { describe, expect, it } from 'vitest';
import { csvField, csvRecord } from './csv';

describe('CSV', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvRecord(['OK-7K4P-2QXM', 'ada@example.com', 2, 24.99])).toBe('OK-7K4P-2QXM,ada@example.com,2,24.99\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('Colour: Sand, soft-touch')).toBe('"Colour: Sand, soft-touch"');
    expect(csvField('Text “Ada” and "Bob"')).toBe('"Text “Ada” and ""Bob"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField('')).toBe('');
  });

  it('turns would-be formulas into text', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+49 30 1234')).toBe("'+49 30 1234");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=cmd')).toBe("'\t=cmd");
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes numbers we computed without the guard, and nothing for non-finite ones', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(Number.NaN)).toBe('');
  });
});
