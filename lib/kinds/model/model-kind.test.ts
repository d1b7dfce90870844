import { describe, expect, it } from 'vitest';
import { surfacesFor } from '../../templates/geometry';
import { assertTemplate, parseTemplate } from '../../templates/validate';
import { mug } from '../mug/seed';
import { namedViews } from '../surfaces';
import { productIllustrationSvg } from '../../render/product-illustration';
import { productFacts } from '../traits';
import { modelRules, STRETCH_LIMIT_PCT } from './rules';
import { modelSchema, type ModelGeometry } from './schema';
import { waterBottle } from './seed-bottle';
import { notebook } from './seed-notebook';
import { modelSurfaces } from './surfaces';

const bottle = modelSchema.parse(waterBottle.geometry);
const messages = (g: ModelGeometry) => modelRules(g).map((i) => i.message);

describe('the model kind', () => {
  it('accepts both seed products', () => {
    for (const seed of [waterBottle, notebook]) {
      const result = parseTemplate(seed);
      if (!result.ok)
        throw new Error(result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    }
  });

  it('places zones on the measured surfaces, in mm', () => {
    expect(surfacesFor(bottle, {})).toEqual([
      { id: 'side', name: 'Bottle side (unwrapped)', widthMm: 229.313, heightMm: 200, keepOuts: [] },
    ]);
    expect(modelSurfaces.surfaceBase(bottle, 'side')).toEqual({ part: 'Steel' });
  });

  it('refuses a model that is not named by its sha256, or a unit of zero', () => {
    const bad = { ...bottle, model: { ...bottle.model, sha256: 'abc' }, scaleToMm: 0 };
    const result = modelSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['model.sha256', 'scaleToMm']);
  });

  it('refuses an upside-down UV rectangle', () => {
    const surface = { ...bottle.surfaces[0]!, uv: { u0: 0.5, v0: 0.2, u1: 0.4, v1: 0.9 } };
    expect(modelSchema.safeParse({ ...bottle, surfaces: [surface] }).success).toBe(false);
  });

  it('refuses a surface stretched past the limit, with the figure', () => {
    const surface = { ...bottle.surfaces[0]!, stretchPct: STRETCH_LIMIT_PCT + 2.4 };
    expect(messages({ ...bottle, surfaces: [surface] })).toEqual([
      'Surface "Bottle side (unwrapped)" stretches its texture by 12.4 %, over the 10 % a print can take: choose a more evenly mapped area or fix the UVs',
    ]);
    expect(messages({ ...bottle, surfaces: [{ ...surface, stretchPct: 9.9 }] })).toEqual([]);
  });

  it('refuses duplicate ids and a model without views', () => {
    const side = bottle.surfaces[0]!;
    expect(messages({ ...bottle, surfaces: [side, side], views: [] })).toEqual([
      'Two surfaces are called "side": every surface needs its own id',
      'Save at least one camera view for the configurator to open on',
    ]);
    const view = bottle.views[0]!;
    expect(messages({ ...bottle, views: [view, view] })).toEqual([
      'Two views are called "front": every view needs its own id',
    ]);
  });

  it('refuses a template whose zone is larger than the measured surface', () => {
    const zone = { ...waterBottle.zones[0]!, rect: { xMm: 0, yMm: 0, widthMm: 240, heightMm: 100 } };
    const result = parseTemplate({ ...waterBottle, zones: [zone] });
    expect(result.ok).toBe(false);
  });

  it('states the real size and each printable area', () => {
    const t = parseTemplate(notebook);
    if (!t.ok) throw new Error('invalid');
    expect(productFacts(t.template)).toEqual([
      '156 × 18.2 mm, 218.2 mm tall',
      'Front cover: 153 × 216 mm',
      'Spine: 17.5 × 216 mm',
      'Back cover: 153 × 216 mm',
    ]);
  });
});

describe('named views', () => {
  it('offers the brand’s saved views, and none for a procedural kind', () => {
    expect(namedViews(bottle)).toEqual([
      { id: 'front', label: 'Front' },
      { id: 'engraving', label: 'Engraving' },
      { id: 'cap', label: 'Cap and loop' },
    ]);
    expect(namedViews(assertTemplate(mug).geometry)).toEqual([]);
  });
});

describe('the drawing', () => {
  it('draws the front view to scale in the chosen colours, with the zone where it lies', () => {
    const t = assertTemplate(waterBottle);
    const svg = productIllustrationSvg(t, { choices: { finish: 'sage', cap: 'white' } });
    // 73 x 265 mm plus the padding on each side.
    expect(svg).toContain('viewBox="-8 -8 89 281"');
    expect(svg).toContain('fill="#8a9a7b"');
    expect(svg).toContain('fill="#f2f2ee"');
    expect(svg).toContain('data-zone="engraving"');
  });
});
