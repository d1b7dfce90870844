import { describe, expect, it } from 'vitest';
import { compress } from 'wawoff2';
import { drawnOtf, interTables, interTtf, sfnt } from '../../brand-fonts/testing/fonts';
import { readFont, sampleSvg } from './read-font';

const refusal = async (bytes: Uint8Array) => {
  const result = await readFont(bytes);
  expect(result.ok).toBe(false);
  return result.ok ? { status: 0, error: '' } : result;
};

describe('readFont accepts', () => {
  it('a TTF, with its family and style', async () => {
    const result = await readFont(interTtf());
    if (!result.ok) throw new Error(result.error);
    expect(result).toMatchObject({ format: 'ttf', family: 'Inter', style: 'Regular' });
    expect(result.glyphCount).toBeGreaterThan(100);
    expect(sampleSvg(result.font, 'Aa')).toMatch(
      /^<svg [^>]*viewBox="-2 0 \d+ 38"[^>]*><path fill="currentColor" d="M[^"]+Z/,
    );
  });

  it('an OTF with CFF outlines', async () => {
    const result = await readFont(drawnOtf());
    if (!result.ok) throw new Error(result.error);
    expect(result).toMatchObject({ format: 'otf', family: 'Onekind Test', style: 'Bold', glyphCount: 5 });
  });

  it('a WOFF2, stored decompressed as the sfnt it holds', async () => {
    const ttf = interTtf();
    const result = await readFont(new Uint8Array(await compress(ttf)));
    if (!result.ok) throw new Error(result.error);
    expect(result.format).toBe('woff2');
    expect(String.fromCharCode(...result.stored.subarray(0, 4))).toBe('\0\u0001\0\0');
    expect(result.family).toBe('Inter');
  });
});

describe('readFont refuses', () => {
  it('what is not a font, and a damaged font', async () => {
    expect(await refusal(new TextEncoder().encode('<svg>not a font</svg>'))).toMatchObject({
      status: 415,
      error: expect.stringMatching(/not a font file/) as string,
    });
    expect((await refusal(interTtf().subarray(0, 2000))).error).toMatch(/damaged or incomplete/);
    expect(
      (await refusal(new Uint8Array([...new TextEncoder().encode('wOF2'), ...new Uint8Array(60).fill(7)])))
        .error,
    ).toMatch(/damaged or incomplete/);
  });

  it('a variable font', async () => {
    const tables = interTables();
    tables.set('fvar', new Uint8Array(16));
    expect((await refusal(sfnt(tables))).error).toMatch(/variable font.*static font file/);
  });

  it('a font without outlines', async () => {
    const tables = interTables();
    tables.delete('glyf');
    tables.delete('loca');
    expect((await refusal(sfnt(tables))).error).toMatch(/no outlines \(no glyf or CFF table\)/);
    expect((await refusal(drawnOtf(true))).error).toMatch(/no drawable letters/);
  });

  it('a font over 8 MB', async () => {
    expect(await refusal(new Uint8Array(9 * 1024 * 1024))).toMatchObject({
      status: 413,
      error: expect.stringMatching(/9\.0 MB: fonts may be at most 8 MB/) as string,
    });
  });
});
