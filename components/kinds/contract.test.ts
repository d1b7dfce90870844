// The kind contract, 3D models: every registered kind's reference product builds in its first
// and last size, puts every zone on a surface of the model, and dresses every part. See
// lib/kinds/contract.test.ts for the rest of the contract.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, measurementsFor } from '@/components/scene/models/build-model';
import { disposeModel, modelBounds } from '@/components/scene/models/types';
import type { ProductKind } from '@/lib/kinds/kind';
import { KIND_STARTERS } from '@/lib/kinds/starters';
import { kindSurfaces } from '@/lib/kinds/surfaces';
import { PRODUCT_KINDS, kindTraits } from '@/lib/kinds/traits';
import { placeRect, surfacesFor } from '@/lib/templates/geometry';
import { assertTemplate } from '@/lib/templates/validate';
import { serveCommittedModels } from './model/testing/seed-models';
import { KIND_MODELS, kindModel } from './models';
import { finite } from './testing/fixtures';

const KINDS = Object.keys(KIND_STARTERS) as ProductKind[];

// A kind whose model is a file (a brand's GLB) loads it; here from the committed files.
beforeAll(serveCommittedModels);

it('every kind has a 3D model', () => {
  expect(Object.keys(KIND_MODELS)).toEqual(PRODUCT_KINDS.map((k) => k.kind));
});

describe.each(KINDS)('%s', (kind) => {
  const t = assertTemplate(KIND_STARTERS[kind].seed);
  const sizes = [t.sizes.variants[0]!, t.sizes.variants.at(-1)!];

  it.each(sizes.map((v) => [v.label, v.id] as const))(
    'builds size %s with a surface for every zone, and every part dressed',
    async (_label, variantId) => {
      const m = measurementsFor(t, variantId);
      // A kind may load its model: the scene awaits it, and so does the contract.
      const model = await buildModel(t, m);
      const bounds = modelBounds(model);
      expect(bounds.isEmpty()).toBe(false);
      for (const part of model.parts) expect(finite(part.geometry), part.part).toBe(true);

      const surfaces = surfacesFor(t.geometry, m);
      for (const zone of t.zones) {
        const surface = model.surfaces[zone.surface];
        expect(surface, `surface ${zone.surface} on the model`).toBeDefined();
        const rect = placeRect(
          zone.rect,
          zone.anchor,
          surfaces.find((s) => s.id === zone.surface)!,
        );
        const art = surface!.artGeometry(rect);
        expect(art.getAttribute('position').count).toBeGreaterThan(3);
        expect(finite(art), zone.id).toBe(true);
        const centre = surface!.frameAt(rect.xMm + rect.widthMm / 2, rect.yMm + rect.heightMm / 2);
        expect(bounds.clone().expandByScalar(1).containsPoint(centre.point), zone.id).toBe(true);
        expect(centre.normal.length()).toBeCloseTo(1, 6);
        art.dispose();
      }

      // Options dress the parts the kind names; the kind dresses the rest itself.
      const dressable = kindTraits(kind)
        .parts(t.geometry)
        .map((p) => p.id);
      const fixed = [...Object.keys(kindModel(kind).fixedSwatches), ...Object.keys(model.ownSwatches ?? {})];
      const onModel = new Set(model.parts.map((p) => p.part));
      for (const part of dressable) expect(onModel.has(part), `${part} on the model`).toBe(true);
      for (const part of onModel) expect([...dressable, ...fixed], part).toContain(part);
      // Artwork takes on the finish of the part the kind says it sits on.
      for (const [id, surface] of Object.entries(model.surfaces)) {
        const base = kindSurfaces(kind).surfaceBase(t.geometry, id);
        if ('part' in base) expect(surface.part, id).toBe(base.part);
      }
      disposeModel(model);
    },
  );
});
