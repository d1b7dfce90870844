// The seed products' geometry comes from their committed GLBs: the hash and size of each file,
// its real size, each surface's width, height and stretch measured from the triangles
// (uv-measure.ts) within 0.1 mm, the materials and meshes named, and the drawing's front view.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';
import { describeModel } from './describe-model';
import { modelSchema } from './schema';
import { waterBottle } from './seed-bottle';
import { notebook } from './seed-notebook';

describe.each(
  [waterBottle, notebook].map((seed) => ({ slug: seed.slug, g: modelSchema.parse(seed.geometry) })),
)('$slug', ({ g }) => {
  const bytes = new Uint8Array(readFileSync(path.join('prisma/seed-models', g.model.fileName)));
  const described = new NodeIO().readBinary(bytes).then((doc) => describeModel(doc, g));

  it('names the committed file by its hash and size', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(g.model.sha256);
    expect(bytes.byteLength).toBe(g.model.bytes);
  });

  it('states the real size of the model', async () => {
    const { boundsMm } = await described;
    for (const axis of ['x', 'y', 'z'] as const)
      expect(Math.abs(boundsMm[axis] - g.boundsMm[axis]), axis).toBeLessThan(0.1);
  });

  it('states each surface as measured on the mesh, within 0.1 mm', async () => {
    const { measured, meshes } = await described;
    for (const s of g.surfaces) {
      const m = measured[s.id]!;
      if (!m.ok) throw new Error(`${s.id}: ${m.problem.message}`);
      expect(Math.abs(m.widthMm - s.widthMm), `${s.id} width`).toBeLessThan(0.1);
      expect(Math.abs(m.heightMm - s.heightMm), `${s.id} height`).toBeLessThan(0.1);
      expect(Math.abs(m.stretchPct - s.stretchPct), `${s.id} stretch`).toBeLessThan(0.1);
      expect(meshes[s.mesh], `${s.id} lies on material ${s.material}`).toBe(s.material);
    }
  });

  it('dresses materials the model has', async () => {
    const { meshes } = await described;
    for (const p of g.parts) expect(Object.values(meshes)).toContain(p.material);
  });

  it('draws the front view computed from the model', async () => {
    expect(g.outlineMm).toEqual((await described).outline);
  });
});
