// What spec.json says of a product made from a brand's 3D model: the model it was designed on
// (by content hash) and, per zone, where it lies on the mesh and how the surface under it
// measured, so the maker can check a print against the product it goes on.
import { placeRect, surfacesFor } from '../../templates/geometry';
import type { Zone } from '../../templates/schema';
import type { KindSpecFacts, ModelSpec, ZoneOnModel } from '../kind';
import type { ModelGeometry } from './schema';
import { zoneUvRect } from './uv-surface';

/** The stored model, its unit and its real size. */
export function modelSpec(g: ModelGeometry): ModelSpec {
  return { ...g.model, scaleToMm: g.scaleToMm, boundsMm: g.boundsMm };
}

/** Where a zone lies on the model, or undefined when its surface is not one of the model's. */
export function zoneOnModel(g: ModelGeometry, zone: Zone): ZoneOnModel | undefined {
  const surface = g.surfaces.find((s) => s.id === zone.surface);
  const placed = surfacesFor(g, {}).find((s) => s.id === zone.surface);
  if (!surface || !placed) return undefined;
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const uv = zoneUvRect(surface.uv, surface, placeRect(zone.rect, zone.anchor, placed));
  return {
    mesh: surface.mesh,
    uv: { u0: round(uv.u0), v0: round(uv.v0), u1: round(uv.u1), v1: round(uv.v1) },
    surface: {
      id: surface.id,
      widthMm: surface.widthMm,
      heightMm: surface.heightMm,
      stretchPct: surface.stretchPct,
    },
  };
}

export const modelSpecFacts: KindSpecFacts<'model'> = {
  product: (g) => ({ model: modelSpec(g) }),
  zone(g, zone) {
    const onModel = zoneOnModel(g, zone);
    return onModel ? { onModel } : {};
  },
};
