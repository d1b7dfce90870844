import { describe, expect, it } from 'vitest';
import { frontOutline } from './outline';
import { cylinderSide, plane } from './testing/meshes';

const M = 1000;
const full = { u0: 0, v0: 0, u1: 1, v1: 1 };

describe('frontOutline', () => {
  it('draws a cylinder from the front as its rectangle, to scale', () => {
    const can = { ...cylinderSide(0.03, 0.1, 64, full), mesh: 'Can', material: 'Tin' };
    const outline = frontOutline([can], { Tin: '#aabbcc' }, { scaleToMm: M, surfaces: [] });
    expect(outline.widthMm).toBeCloseTo(60, 0);
    expect(outline.heightMm).toBe(100);
    expect(outline.meshes).toEqual([
      { mesh: 'Can', material: 'Tin', hex: '#aabbcc', path: expect.any(String) as string },
    ]);
    // Straight sides simplify to their ends: four corners.
    expect(outline.meshes[0]!.path.match(/[ML]/g)).toHaveLength(4);
  });

  it('draws what is behind first', () => {
    const back = { ...plane(0.1, 0.1, (s, t) => [s, 1 - t], [0, 0, 0]), mesh: 'Board', material: 'Card' };
    const label = {
      ...plane(0.04, 0.04, (s, t) => [s, 1 - t], [0.03, 0.03, 0.002]),
      mesh: 'Label',
      material: 'Paper',
    };
    for (const meshes of [
      [label, back],
      [back, label],
    ])
      expect(frontOutline(meshes, {}, { scaleToMm: M, surfaces: [] }).meshes.map((m) => m.mesh)).toEqual([
        'Board',
        'Label',
      ]);
  });

  it('places the front half of a wrap in view and leaves out the back', () => {
    const can = { ...cylinderSide(0.03, 0.1, 64, full), mesh: 'Can', material: 'Tin' };
    const outline = frontOutline(
      [can],
      {},
      { scaleToMm: M, surfaces: [{ id: 'wrap', mesh: 'Can', uv: full }] },
    );
    const [grid] = outline.surfaces;
    const middleRow = grid!.points.slice(4 * grid!.columns, 5 * grid!.columns);
    // u = 0.5 is the front (+z): the middle of the view; u = 0 and 1 are the seam at the back.
    expect(middleRow[8]).toEqual([30, 50]);
    expect(middleRow[0]).toBeNull();
    expect(middleRow[16]).toBeNull();
    expect(middleRow.filter((p) => p !== null).length).toBeGreaterThanOrEqual(7);
  });
});
