import { beforeAll, describe, expect, it } from 'vitest';
import { modelBounds } from '@/components/scene/models/types';
import { waterBottle } from '@/lib/kinds/model/seed-bottle';
import { notebook } from '@/lib/kinds/model/seed-notebook';
import { assertTemplate } from '@/lib/templates/validate';
import { box } from '../testing/fixtures';
import { buildFromGlb } from './model';
import { serveCommittedModels } from './testing/seed-models';

const geometry = (t: typeof waterBottle) => {
  const g = assertTemplate(t).geometry;
  if (g.kind !== 'model') throw new Error('not a model');
  return g;
};

beforeAll(serveCommittedModels);

describe('a product from its GLB', () => {
  it('stands on the floor at its real size in mm, one part per material', async () => {
    const model = await buildFromGlb(geometry(waterBottle));
    const size = modelBounds(model).getSize(box(model.parts[0]!.geometry).max.clone());
    expect([size.x, size.y, size.z].map((v) => Math.round(v * 10) / 10)).toEqual([73, 265, 73]);
    expect(model.parts.map((p) => p.part).sort()).toEqual(['Cap', 'Cap', 'Steel']);
    expect(Object.keys(model.views ?? {})).toEqual(['front', 'engraving', 'cap']);
  });

  it('lays the engraving on the bottle’s side, centred on its front, at its size', async () => {
    const g = geometry(waterBottle);
    const model = await buildFromGlb(g);
    const zone = waterBottle.zones[0]!;
    const art = model.surfaces.side!.artGeometry(zone.rect);
    const b = box(art);
    // 70 mm of arc on a 36.5 mm radius, centred on +z: 59.8 mm across, 120 mm high.
    expect(b.max.x - b.min.x).toBeCloseTo(2 * 36.5 * Math.sin(35 / 36.5), 0);
    expect(b.max.y - b.min.y).toBeCloseTo(120, 1);
    // The side's top (v0) is 203 mm up; the zone starts 40 mm below it.
    expect(b.max.y).toBeCloseTo(203 - 40, 1);
    expect((b.max.x + b.min.x) / 2).toBeCloseTo(0, 0);
    const centre = model.surfaces.side!.frameAt(zone.rect.xMm + 35, zone.rect.yMm + 60);
    expect(centre.normal.z).toBeGreaterThan(0.99);
    expect(centre.point.z).toBeCloseTo(36.5, 0);
    art.dispose();
  });

  it('keeps the model’s own finish on materials no option dresses', async () => {
    const model = await buildFromGlb(geometry(notebook));
    expect(model.ownSwatches?.Paper).toMatchObject({ hex: '#efeada', metalness: 0 });
    expect(Object.keys(model.surfaces)).toEqual(['front-cover', 'spine', 'back-cover']);
  });
});
