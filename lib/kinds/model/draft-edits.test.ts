import { describe, expect, it } from 'vitest';
import { waterBottle } from './seed-bottle';
import type { ModelInspection } from '../../models/upload';
import type { TemplateInput } from '../../templates/schema';
import {
  frontView,
  measuredSurface,
  modelGeometryOf,
  scaleForHeight,
  withPart,
  withScale,
  withSurface,
  withUploadedModel,
  withView,
} from './draft-edits';

const tumbler: ModelInspection = {
  sha256: 'a'.repeat(64),
  fileName: 'tumbler-cm.glb',
  bytes: { original: 378_704, stored: 90_000 },
  triangles: 15_360,
  bounds: { x: 9, y: 15, z: 9 },
  center: { x: 0, y: 7.5, z: 0 },
  meshes: [
    {
      name: 'Tumbler',
      triangles: 9216,
      materials: ['Powder coat'],
      hasUvs: true,
      islands: [],
      outlineTruncated: false,
    },
    {
      name: 'Lid',
      triangles: 6144,
      materials: ['Lid plastic'],
      hasUvs: true,
      islands: [],
      outlineTruncated: false,
    },
  ],
  materials: [
    { name: 'Powder coat', baseColorHex: '#2f6f4f', metalness: 0, roughness: 0.6, hasTexture: false },
    { name: 'Lid plastic', baseColorHex: '#111111', metalness: 0, roughness: 0.4, hasTexture: false },
  ],
  warnings: [],
};

const uploaded = () => withUploadedModel(structuredClone<TemplateInput>(waterBottle), tumbler);

describe('the studio edits of a model product', () => {
  it('takes a new upload: its materials as parts, no surfaces, a front view, options moved to its materials', () => {
    const doc = uploaded();
    const g = modelGeometryOf(doc)!;
    expect(g.model).toEqual({ sha256: tumbler.sha256, bytes: 90_000, fileName: 'tumbler-cm.glb' });
    expect(g.boundsMm).toEqual({ x: 9000, y: 15000, z: 9000 });
    expect(g.parts.map((p) => p.material)).toEqual(['Powder coat', 'Lid plastic']);
    expect(g.surfaces).toEqual([]);
    expect(g.views).toHaveLength(1);
    expect(g.outlineMm).toBeUndefined();
    expect(doc.options.map((o) => o.part)).toEqual(['Powder coat', 'Powder coat']);
  });

  it('reads the model in centimetres, or scaled to a stated height, views and zones following', () => {
    const cm = withScale(uploaded(), tumbler, 10);
    const g = modelGeometryOf(cm)!;
    expect(g.boundsMm).toEqual({ x: 90, y: 150, z: 90 });
    expect(g.views[0]!.targetMm).toEqual([0, 75, 0]);
    expect(scaleForHeight(tumbler, 150)).toBe(10);
    expect(frontView(tumbler, 10).positionMm[2]).toBeGreaterThan(150);
  });

  it('adds a surface and moves the zones left without one onto it, filling it', () => {
    const doc = withScale(uploaded(), tumbler, 10);
    const surface = measuredSurface(
      { label: 'Side print', mesh: 'Tumbler', uv: { u0: 0.3, v0: 0.6634, u1: 0.5, v1: 0.8634 } },
      { widthMm: 60.04567, heightMm: 59.99991, stretchPct: 5.3333 },
      [],
    );
    expect(surface).toMatchObject({ id: 'side-print', widthMm: 60.046, heightMm: 60, stretchPct: 5.33 });
    const next = withSurface(doc, surface);
    expect(next.zones.map((z) => [z.surface, z.rect])).toEqual([
      ['side-print', { xMm: 0, yMm: 0, widthMm: 60.04, heightMm: 60 }],
    ]);
    // A second surface gets a zone of its own, priced like the first.
    const more = withSurface(next, { ...surface, id: 'lid-top', label: 'Lid top', mesh: 'Lid' });
    expect(more.zones.map((z) => z.id)).toEqual(['engraving', 'lid-top']);
    expect(more.pricing.zones.map((p) => p.zone)).toEqual(['engraving', 'lid-top']);
  });

  it('names parts and saves views', () => {
    let doc = withPart(uploaded(), 'Lid plastic', false);
    expect(modelGeometryOf(doc)!.parts.map((p) => p.material)).toEqual(['Powder coat']);
    doc = withPart(doc, 'Powder coat', true, 'Cup');
    expect(modelGeometryOf(doc)!.parts).toEqual([{ material: 'Powder coat', label: 'Cup' }]);
    doc = withView(doc, { label: 'Print side', positionMm: [100, 75, 0], targetMm: [0, 75, 0], fovDeg: 30 });
    expect(modelGeometryOf(doc)!.views.map((v) => v.id)).toEqual(['front', 'print-side']);
  });
});
