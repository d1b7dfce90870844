import { describe, expect, it } from 'vitest';
import { pathToPdfOperators } from './pdf-path';

describe('pathToPdfOperators', () => {
  it('converts absolute moves, lines and closes', () => {
    expect(pathToPdfOperators('M1 2L3 4H5V6Z')).toBe('1 2 m\n3 4 l\n5 4 l\n5 6 l\nh');
  });

  it('turns a quadratic curve into the equivalent cubic', () => {
    expect(pathToPdfOperators('M0 0Q3 3 6 0')).toBe('0 0 m\n2 2 4 2 6 0 c');
  });

  it('reads compact numbers and relative commands', () => {
    expect(pathToPdfOperators('M1-2l.5.5c1 0 1 1 1 1z')).toBe('1 -2 m\n1.5 -1.5 l\n2.5 -1.5 2.5 -0.5 2.5 -0.5 c\nh');
  });

  it('refuses arcs rather than drawing something else', () => {
    expect(() => pathToPdfOperators('M0 0A1 1 0 0 1 2 2')).toThrow(/Unsupported/);
  });
});
