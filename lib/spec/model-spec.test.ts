// spec.json of a product made from a 3D model records the model and where each zone lies on it.
import { describe, expect, it } from 'vitest';
import { newTextLayer } from '../design/defaults';
import { buildLineFiles } from './line-files';
import { defaultDesign, lineSource, seedTemplate, specDeps, withLayers } from './testing/fixtures';

describe('spec.json of a model product', () => {
  it('names the model by its hash and gives each zone its place on the mesh and the measured surface', async () => {
    const t = seedTemplate('stainless-water-bottle-750');
    const zone = t.zones[0]!;
    const design = withLayers(defaultDesign(t), zone.id, [newTextLayer(zone, 'text', 'ADA')]);
    const { spec } = await buildLineFiles(lineSource(t, design), await specDeps());
    expect(spec.product).toMatchObject({
      kind: 'model',
      model: {
        sha256: '09adf6af5d3bbd16fbf44a6cd36f21e93f205b543d5a5b9bc8642aaa6b2d0bf7',
        bytes: 292044,
        fileName: 'water-bottle.glb',
        scaleToMm: 1000,
        boundsMm: { x: 73, y: 265, z: 73 },
      },
    });
    const [z] = spec.zones;
    expect(z).toMatchObject({
      id: 'engraving',
      method: 'engrave',
      trim: { widthMm: 70, heightMm: 120 },
      onModel: { mesh: 'Body', surface: { id: 'side', widthMm: 229.313, heightMm: 200, stretchPct: 0 } },
    });
    // 250 mm per UV unit on the bottle's side: 70 x 120 mm is 0.28 x 0.48 of UV space.
    const uv = z!.onModel!.uv;
    expect(uv.u1 - uv.u0).toBeCloseTo(0.28, 5);
    expect(uv.v1 - uv.v0).toBeCloseTo(0.48, 5);
    expect(uv.v0).toBeCloseTo(0.19 + 40 / 250, 5);
  });

  it('says nothing of a model for a procedural kind', async () => {
    const t = seedTemplate('ceramic-mug-11oz');
    const zone = t.zones[0]!;
    const design = withLayers(defaultDesign(t), zone.id, [newTextLayer(zone, 'text', 'ADA')]);
    const { spec } = await buildLineFiles(lineSource(t, design), await specDeps());
    expect(spec.product.model).toBeUndefined();
    expect(spec.zones[0]!.onModel).toBeUndefined();
  });
});
