// Brand fonts in zones: the template rules take a brand font's id (a sha256) beside the shipped
// ids, and publishing checks it against the brand's stored fonts.
import { describe, expect, it } from 'vitest';
import { tee } from '../kinds/tee/seed';
import { brandFontIssues } from './brand-font-rules';
import { parseTemplate } from './validate';

const brandFont = 'f'.repeat(64);
const withFonts = (fonts: string[]) => ({
  ...tee,
  zones: tee.zones.map((z, i) => (i === 0 ? { ...z, fonts } : z)),
});

describe('brand fonts in zones', () => {
  it('takes a brand font id beside the shipped fonts and refuses a made-up one', () => {
    expect(parseTemplate(withFonts(['inter-regular', brandFont])).ok).toBe(true);
    const refused = parseTemplate(withFonts(['inter-regular', 'comic-sans']));
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.issues).toContainEqual({
        path: ['zones', 0, 'fonts', 1],
        message: expect.stringContaining('Unknown font "comic-sans"'),
      });
  });

  it('names a brand font the brand has not stored, and passes one it has', () => {
    const parsed = parseTemplate(withFonts(['inter-regular', brandFont]));
    if (!parsed.ok) throw new Error('expected a valid template');
    expect(brandFontIssues(parsed.template, new Set())).toEqual([
      { path: ['zones', 0, 'fonts', 1], message: expect.stringContaining('no longer stored') },
    ]);
    expect(brandFontIssues(parsed.template, new Set([brandFont]))).toEqual([]);
  });

  it('refuses monograms in a zone without fonts', () => {
    const parsed = parseTemplate(withFonts([]));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues.map((i) => i.message)).toContainEqual(
        expect.stringContaining('allows monograms but no fonts'),
      );
  });
});
