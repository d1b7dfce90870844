import { BoxGeometry } from 'three';
import { describe, expect, it } from 'vitest';
import { shareVertexColours } from './shared-attributes';

describe('shareVertexColours', () => {
  it('gives white colours of the same layout to the geometries without them', () => {
    const shaded = new BoxGeometry(1, 1, 1);
    shaded.setAttribute('color', shaded.getAttribute('position').clone().copyArray(new Float32Array(72).fill(0.5)));
    const plain = new BoxGeometry(2, 2, 2);
    expect(shareVertexColours([plain, shaded])).toBe(true);
    const added = plain.getAttribute('color');
    expect(added.itemSize).toBe(3);
    expect(added.count).toBe(plain.getAttribute('position').count);
    expect(Array.from(added.array as Float32Array).every((v) => v === 1)).toBe(true);
    expect(shaded.getAttribute('color').getX(0)).toBe(0.5);
  });

  it('leaves a product without vertex colours alone', () => {
    const plain = new BoxGeometry(1, 1, 1);
    expect(shareVertexColours([plain])).toBe(false);
    expect(plain.hasAttribute('color')).toBe(false);
  });
});
