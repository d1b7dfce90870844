import { BufferAttribute, BufferGeometry, PlaneGeometry, Triangle, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { backFaces } from './back-faces';

/** The geometric normal of triangle `t` from its winding (counter-clockwise faces front). */
function faceNormal(g: BufferGeometry, t: number): Vector3 {
  const position = g.getAttribute('position');
  const index = g.getIndex();
  const at = (k: number) =>
    new Vector3().fromBufferAttribute(position, index ? index.getX(3 * t + k) : 3 * t + k);
  return new Triangle(at(0), at(1), at(2)).getNormal(new Vector3());
}

describe('backFaces', () => {
  it('turns an indexed mesh inside out: reversed winding, reversed normals, original untouched', () => {
    const plane = new PlaneGeometry(10, 20, 2, 2);
    const flipped = backFaces(plane);
    expect(faceNormal(plane, 0).z).toBeCloseTo(1);
    expect(faceNormal(flipped, 0).z).toBeCloseTo(-1);
    expect(flipped.getAttribute('normal').getZ(0)).toBe(-1);
    expect(plane.getAttribute('normal').getZ(0)).toBe(1);
    expect(flipped.getIndex()!.count).toBe(plane.getIndex()!.count);
  });

  it('reverses every attribute of a non-indexed mesh together', () => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), 3));
    g.setAttribute('normal', new BufferAttribute(new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]), 3));
    g.setAttribute('uv', new BufferAttribute(new Float32Array([0, 0, 1, 0, 0, 1]), 2));
    const flipped = backFaces(g);
    expect(faceNormal(flipped, 0).z).toBeCloseTo(-1);
    // The second and third vertices swap, with their uvs.
    expect([...flipped.getAttribute('position').array]).toEqual([0, 0, 0, 0, 1, 0, 1, 0, 0]);
    expect([...flipped.getAttribute('uv').array]).toEqual([0, 0, 0, 1, 1, 0]);
    expect(flipped.getAttribute('normal').getZ(2)).toBe(-1);
  });
});
