import { beforeAll, describe, expect, it } from 'vitest';
import { serverFontLibrary } from '../server/fonts';
import type { FontLibrary } from './fonts';
import { fontMetricsMm, layoutText } from './text-layout';
import { boundsOf, pathPoints, textLayer } from './testing/fixtures';

let fonts: FontLibrary;
beforeAll(async () => {
  fonts = await serverFontLibrary();
});

const font = (id = 'inter-regular') => {
  const found = fonts.font(id);
  if (!found) throw new Error(`font ${id} did not load`);
  return found;
};

describe('layoutText', () => {
  it('draws capital letters as tall as the cap height, centred on the layer', () => {
    const layout = layoutText(textLayer({ text: 'HIL', sizeMm: 10 }), font());
    const ink = boundsOf(pathPoints(layout.pathData));
    expect(layout.capHeightMm).toBeCloseTo(7.27, 1);
    expect(ink.bottom - ink.top).toBeCloseTo(layout.capHeightMm, 2);
    expect((ink.top + ink.bottom) / 2).toBeCloseTo(0, 2);
    expect(Math.abs((ink.left + ink.right) / 2)).toBeLessThan(0.5);
  });

  it('reports the cap height for every shipped font, falling back to 0.7 em', () => {
    for (const id of ['inter-bold', 'roboto-slab-regular', 'pacifico', 'oswald-medium']) {
      const { capHeightMm } = fontMetricsMm(font(id), 10);
      expect(capHeightMm).toBeGreaterThan(6.5);
      expect(capHeightMm).toBeLessThan(9);
    }
  });

  it('keeps every letter inside the box, descenders included', () => {
    const layout = layoutText(textLayer({ text: 'Hedgy', sizeMm: 10 }), font('roboto-slab-regular'));
    const ink = boundsOf(pathPoints(layout.pathData));
    expect(ink.top).toBeGreaterThanOrEqual(-layout.heightMm / 2);
    expect(ink.bottom).toBeLessThanOrEqual(layout.heightMm / 2);
  });

  it('widens the text by exactly the letter spacing between glyphs, not after the last', () => {
    const plain = layoutText(textLayer({ text: 'HELLO' }), font());
    const spaced = layoutText(textLayer({ text: 'HELLO', letterSpacingMm: 2 }), font());
    const tight = layoutText(textLayer({ text: 'HELLO', letterSpacingMm: -0.5 }), font());
    expect(spaced.widthMm - plain.widthMm).toBeCloseTo(4 * 2, 9);
    expect(tight.widthMm - plain.widthMm).toBeCloseTo(4 * -0.5, 9);
    expect(spaced.heightMm).toBe(plain.heightMm);
  });

  it('measures the advance width the font gives, with kerning', () => {
    const slab = font('roboto-slab-regular');
    const av = layoutText(textLayer({ text: 'AV', fontId: 'roboto-slab-regular' }), slab).widthMm;
    const a = layoutText(textLayer({ text: 'A', fontId: 'roboto-slab-regular' }), slab).widthMm;
    const v = layoutText(textLayer({ text: 'V', fontId: 'roboto-slab-regular' }), slab).widthMm;
    expect(av).toBeLessThan(a + v - 0.5);
    expect(av).toBeCloseTo(slab.getAdvanceWidth('AV', 10, { kerning: true }), 9);
  });

  it('aligns shorter lines left, centre or right within the widest line', () => {
    const lines = 'I\nIIII';
    const short = layoutText(textLayer({ text: 'I' }), font()).widthMm;
    const firstLineLeft = (align: 'left' | 'centre' | 'right') => {
      const layout = layoutText(textLayer({ text: lines, align }), font());
      // Capitals of the first line sit above the block's centre, the second line's below.
      return { layout, left: boundsOf(pathPoints(layout.pathData).filter((p) => p.y < 0)).left };
    };
    const left = firstLineLeft('left');
    const centre = firstLineLeft('centre');
    const right = firstLineLeft('right');
    const slack = left.layout.widthMm - short;
    expect(slack).toBeGreaterThan(1);
    expect(centre.left - left.left).toBeCloseTo(slack / 2, 2);
    expect(right.left - left.left).toBeCloseTo(slack, 2);
    expect(left.left).toBeGreaterThanOrEqual(-left.layout.widthMm / 2);
    expect(left.left).toBeLessThan(-left.layout.widthMm / 2 + 1.5);
  });

  it('stacks lines one line height apart and counts them', () => {
    const one = layoutText(textLayer({ text: 'A' }), font());
    const three = layoutText(textLayer({ text: 'A\nB\nC', lineHeight: 1.5 }), font());
    expect(one.lineCount).toBe(1);
    expect(three.lineCount).toBe(3);
    expect(three.heightMm).toBeCloseTo(one.heightMm + 2 * 10 * 1.5, 9);
    const ink = boundsOf(pathPoints(three.pathData));
    expect((ink.top + ink.bottom) / 2).toBeCloseTo(0, 1);
  });

  it('draws nothing for empty text', () => {
    const layout = layoutText(textLayer({ text: '' }), font());
    expect(layout).toMatchObject({ pathData: '', widthMm: 0, heightMm: 0, lineCount: 0 });
  });

  it('keeps a spaced "fi" as two glyphs but joins it when unspaced in fonts with the ligature', () => {
    const slab = font('roboto-slab-regular');
    const glyphCount = (letterSpacingMm: number) => {
      const layout = layoutText(textLayer({ text: 'fi', fontId: 'roboto-slab-regular', letterSpacingMm }), slab);
      return layout.pathData.split('M').length - 1;
    };
    expect(glyphCount(1)).toBeGreaterThan(glyphCount(0));
  });
});
