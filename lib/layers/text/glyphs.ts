// The glyph guard: which characters of a text a font cannot draw. Counted per grapheme (what a
// person sees as one character), so an emoji made of several code points is named once, whole.
import type { Font } from 'opentype.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The characters of `text` the font has no glyph for, each once, in order; white space is never missing. */
export function missingCharacters(text: string, font: Pick<Font, 'charToGlyphIndex'>): string[] {
  const missing = new Set<string>();
  for (const { segment } of graphemes.segment(text)) {
    if (/^\s+$/u.test(segment)) continue;
    if (Array.from(segment).some((ch) => font.charToGlyphIndex(ch) === 0)) missing.add(segment);
  }
  return [...missing];
}

/** "“😀” and “✓”": the characters for a message. */
export function nameCharacters(characters: string[]): string {
  const quoted = characters.map((c) => `“${c}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** The text without the characters the font cannot draw, and which those were. */
export function withoutMissing(
  text: string,
  font: Pick<Font, 'charToGlyphIndex'>,
): { text: string; removed: string[] } {
  const removed = missingCharacters(text, font);
  if (removed.length === 0) return { text, removed };
  const kept = Array.from(graphemes.segment(text), (s) => s.segment).filter((g) => !removed.includes(g));
  return { text: kept.join(''), removed };
}
