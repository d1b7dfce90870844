import { describe, expect, it } from 'vitest';
import { mug } from '@/lib/kinds/mug/seed';
import { assertTemplate } from '@/lib/templates/validate';
import { box, placedZones } from '../testing/fixtures';

const t = assertTemplate(mug);

describe('the mug model', () => {
  it('wraps the mug print around the body starting from the handle', () => {
    const { model, zones } = placedZones(t, '11oz');
    const { rect } = zones[0]!;
    // Half way round from the handle (+x) the print faces -x.
    const opposite = model.surfaces.wrap!.frameAt((Math.PI * 81.3) / 2, 10);
    expect(opposite.normal.x).toBeCloseTo(-1, 3);
    const art = box(model.surfaces.wrap!.artGeometry(rect));
    expect(art.max.y - art.min.y).toBeCloseTo(rect.heightMm, 3);
  });
});
