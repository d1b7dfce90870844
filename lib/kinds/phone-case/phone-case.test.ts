import { describe, expect, it } from 'vitest';
import { surfacesFor } from '../../templates/geometry';
import { assertTemplate } from '../../templates/validate';
import { phoneCaseOuter } from './layout';
import type { PhoneCaseGeometry } from './schema';
import { phoneCase } from './seed';

const t = assertTemplate(phoneCase);
const g = t.geometry as PhoneCaseGeometry;

describe('the iPhone 17 case', () => {
  it('is built around the real iPhone 17 body', () => {
    expect(g.device).toMatchObject({ widthMm: 71.5, heightMm: 149.6, depthMm: 7.95 });
    const outer = phoneCaseOuter(g);
    expect(outer.widthMm).toBeCloseTo(74.3, 5);
    expect(outer.heightMm).toBeCloseTo(152.4, 5);
    const [back] = surfacesFor(g, {});
    expect(back?.keepOuts).toEqual([
      expect.objectContaining({ reason: 'camera cut-out', widthMm: 24, heightMm: 39 }),
    ]);
  });
});
