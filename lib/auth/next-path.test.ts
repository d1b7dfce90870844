import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps paths on this site, with their query and hash', () => {
    expect(safeNextPath('/maker')).toBe('/maker');
    expect(safeNextPath('/studio/orders?status=placed&page=2#top')).toBe('/studio/orders?status=placed&page=2#top');
    expect(safeNextPath('/maker/orders/OK-7K4P-2QXM')).toBe('/maker/orders/OK-7K4P-2QXM');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/studio/../maker')).toBe('/maker');
    expect(safeNextPath('/../../etc')).toBe('/etc');
  });

  it('refuses anything that could lead to another origin', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'javascript:alert(1)',
      'maker',
      '',
      ' /maker',
      'http:/evil.example',
    ]) {
      expect(safeNextPath(bad), bad).toBeNull();
    }
  });

  it('refuses what is not a string or absurdly long', () => {
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(['/maker'])).toBeNull();
    expect(safeNextPath(`/${'a'.repeat(2001)}`)).toBeNull();
  });
});
