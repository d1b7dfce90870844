import { describe, expect, it } from 'vitest';
import { placeRect, surfacesFor } from '../../templates/geometry';
import { assertTemplate } from '../../templates/validate';
import { tee } from './seed';

const t = assertTemplate(tee);

describe('the heavy cotton tee', () => {
  it('comes in S to XXL with front and back zones that fit every size, centred', () => {
    expect(t.sizes.variants.map((v) => v.label)).toEqual(['S', 'M', 'L', 'XL', 'XXL']);
    expect(t.zones.map((z) => z.surface)).toEqual(['front', 'back']);
    const xxl = t.sizes.variants.at(-1)!;
    const front = surfacesFor(t.geometry, xxl.measurements).find((s) => s.id === 'front')!;
    const placed = placeRect(t.zones[0]!.rect, t.zones[0]!.anchor, front);
    expect(placed.xMm * 2 + placed.widthMm).toBeCloseTo(front.widthMm, 5);
  });
});
