import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { assertTemplate } from '@/lib/templates/validate';
import { phoneCase } from '@/lib/kinds/phone-case/seed';
import { box, placedZones } from '../testing/fixtures';

const t = assertTemplate(phoneCase);

describe('the phone case model', () => {
  it('prints the phone case back at its millimetres, around the camera hole', () => {
    const { model, zones } = placedZones(t, 'iphone-17');
    const { rect } = zones[0]!;
    const art = box(model.surfaces.back!.artGeometry(rect));
    // Scene x/y are centred on the 74.3 x 152.4 mm case back, y up.
    expect(art.min.x).toBeCloseTo(rect.xMm - 74.3 / 2, 3);
    expect(art.max.y).toBeCloseTo(152.4 / 2 - rect.yMm, 3);
    const camera = model.surfaces.back!.frameAt(5.5 + 12, 5.5 + 19.5).point;
    const g = model.surfaces.back!.artGeometry(rect);
    const pos = g.getAttribute('position');
    const index = g.index!;
    let covered = false;
    for (let i = 0; i < index.count; i += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => new Vector3().fromBufferAttribute(pos, index.getX(i + k)));
      const side = (p: Vector3, q: Vector3) =>
        (q.x - p.x) * (camera.y - p.y) - (q.y - p.y) * (camera.x - p.x);
      const s = [side(a!, b!), side(b!, c!), side(c!, a!)];
      if (s.every((v) => v >= 0) || s.every((v) => v <= 0)) covered = true;
    }
    expect(covered).toBe(false);
  });
});
