import { describe, expect, it } from 'vitest';
import { normalizeColour, recolourSvg, reducePalette } from './colours';

describe('clipart colours', () => {
  it('reads the colour forms an SVG uses', () => {
    expect(
      ['#F00', 'red', 'rgb(255, 0, 0)', 'rgba(100%,0%,0%,0.5)', '#ff0000cc'].map(normalizeColour),
    ).toEqual(Array(5).fill('#ff0000'));
    expect(normalizeColour('currentColor')).toBe('#000000');
    expect(normalizeColour('none')).toBe('none');
    expect(normalizeColour('var(--x)')).toBeNull();
  });

  it('merges the least used colours into their nearest neighbours', () => {
    const counts = new Map([
      ['#000000', 10],
      ['#ff0000', 5],
      ['#fe0000', 1],
      ['#0000ff', 3],
    ]);
    const { palette, mapping } = reducePalette(counts, 3);
    expect(palette).toEqual(['#000000', '#ff0000', '#0000ff']);
    expect(mapping.get('#fe0000')).toBe('#ff0000');
  });

  it('recolours palette colours only', () => {
    expect(recolourSvg('<path fill="#ff0000" stroke="#000000"/>', { '#ff0000': '#00ff00' })).toBe(
      '<path fill="#00ff00" stroke="#000000"/>',
    );
  });
});
