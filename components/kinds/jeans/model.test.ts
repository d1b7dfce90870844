import { describe, expect, it } from 'vitest';
import { measurementsFor } from '@/components/scene/models/build-model';
import { modelBounds } from '@/components/scene/models/types';
import { jeans } from '@/lib/kinds/jeans/seed';
import { assertTemplate } from '@/lib/templates/validate';
import { buildNow, placedZones } from '../testing/fixtures';

const t = assertTemplate(jeans);
const height = (variantId: string) => {
  const b = modelBounds(buildNow(t, measurementsFor(t, variantId)));
  return b.max.y - b.min.y;
};

describe('the jeans model', () => {
  it('grows with its size', () => {
    expect(height('w40-l34')).toBeGreaterThan(height('w28-l30') + 80);
  });

  it("puts the jeans embroidery on the wearer's right back pocket, below the patch", () => {
    const { model, zones } = placedZones(t, 'w32-l32');
    const pocket = model.surfaces['back-pocket']!.frameAt(0, 0).point;
    const patch = model.surfaces['waistband-patch']!.frameAt(0, 0).point;
    // The wearer faces +z, so the back is at -z and the wearer's right is -x.
    expect(pocket.z).toBeLessThan(0);
    expect(pocket.x).toBeLessThan(0);
    expect(patch.y).toBeGreaterThan(pocket.y);
    expect(zones).toHaveLength(2);
  });
});
