// What spec.json says of a product made from a brand's 3D model: the model it was designed on
// (by content hash) and, per zone, where it lies on the mesh and how the surface under it
// measured, so the maker can check a print against the product it goes on.
import type { UvRect } from '../kinds/model/uv-mesh';
import { zoneUvRect } from '../kinds/model/uv-surface';
import { placeRect, surfacesFor } from '../templates/geometry';
import type { Template, Zone } from '../templates/schema';

export type ModelSpec = {
  sha256: string;
  bytes: number;
  fileName: string;
  /** glTF units to mm, as the brand set it. */
  scaleToMm: number;
  boundsMm: { x: number; y: number; z: number };
};

export type ZoneOnModel = {
  mesh: string;
  /** The zone's trim as a rectangle of the mesh's UV space (glTF's convention, v down). */
  uv: UvRect;
  /** The measured surface the zone is placed on: its size on the product and its stretch. */
  surface: { id: string; widthMm: number; heightMm: number; stretchPct: number };
};

/** The product's model, or undefined for a procedural kind. */
export function modelSpec(template: Template): ModelSpec | undefined {
  const g = template.geometry;
  if (g.kind !== 'model') return undefined;
  return { ...g.model, scaleToMm: g.scaleToMm, boundsMm: g.boundsMm };
}

/** Where a zone lies on the model, or undefined for a procedural kind. */
export function zoneOnModel(template: Template, zone: Zone): ZoneOnModel | undefined {
  const g = template.geometry;
  if (g.kind !== 'model') return undefined;
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
