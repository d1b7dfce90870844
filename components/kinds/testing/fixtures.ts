// Builds a reference product's model the way the scene does, with its zones placed on its surfaces.
import { Box3, type BufferGeometry } from 'three';
import { buildModel, measurementsFor } from '@/components/scene/models/build-model';
import type { ProductModel } from '@/components/scene/models/types';
import { placeRect, surfacesFor } from '@/lib/templates/geometry';
import type { Template } from '@/lib/templates/schema';

/** The box around a geometry's positions. */
export const box = (g: BufferGeometry) =>
  new Box3().setFromBufferAttribute(g.getAttribute('position') as never);

/** Every coordinate of every attribute of a geometry is a finite number. */
export function finite(g: BufferGeometry): boolean {
  return Object.values(g.attributes).every((a) =>
    Array.from(a.array as ArrayLike<number>).every(Number.isFinite),
  );
}

/** A procedural kind's model, built at once. */
export function buildNow(t: Pick<Template, 'geometry'>, m: Record<string, number>): ProductModel {
  const model = buildModel(t, m);
  if (model instanceof Promise) throw new Error(`${t.geometry.kind} builds its model asynchronously`);
  return model;
}

/** The model of a template in one size, and its zones placed on their surfaces. */
export function placedZones(t: Template, variantId: string) {
  const m = measurementsFor(t, variantId);
  const surfaces = surfacesFor(t.geometry, m);
  const model = buildNow(t, m);
  const zones = t.zones.map((z) => ({
    zone: z,
    rect: placeRect(
      z.rect,
      z.anchor,
      surfaces.find((s) => s.id === z.surface)!,
    ),
  }));
  return { model, zones };
}
