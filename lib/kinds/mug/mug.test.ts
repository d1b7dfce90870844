import { describe, expect, it } from 'vitest';
import { surfacesFor } from '../../templates/geometry';
import { assertTemplate } from '../../templates/validate';
import { mugCircumference } from './layout';
import type { MugGeometry } from './schema';
import { mug } from './seed';

const t = assertTemplate(mug);
const g = t.geometry as MugGeometry;

describe('the 11 oz mug', () => {
  it('is sized as an 11 oz blank whose wrap print stays clear of the handle', () => {
    expect(g.capacityMl).toBe(325); // 11 US fl oz = 325.3 ml
    expect(mugCircumference(g)).toBeCloseTo(255.4, 1);
    const wrap = t.zones[0]!;
    const [surface] = surfacesFor(g, {});
    for (const keepOut of surface!.keepOuts) {
      const overlaps =
        wrap.rect.xMm < keepOut.xMm + keepOut.widthMm && keepOut.xMm < wrap.rect.xMm + wrap.rect.widthMm;
      expect(overlaps, `wrap zone overlaps the ${keepOut.reason} band`).toBe(false);
    }
  });
});
