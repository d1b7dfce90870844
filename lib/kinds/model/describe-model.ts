// What the shop derives from a GLB for a product's geometry: its real size, each surface's
// measurement on the mesh, and the front view the catalogue drawing uses. The seed script and
// the seed tests use it; a brand's upload is described the same way.
import type { Document } from '@gltf-transform/core';
import { materialColours, meshBounds, meshByName, namedMeshes } from './gltf-meshes';
import { frontOutline } from './outline';
import type { ModelGeometry, ModelOutline, ModelSurface } from './schema';
import { measureUvRect, type UvZoneResult } from './uv-measure';

export type ModelDescription = {
  boundsMm: ModelGeometry['boundsMm'];
  /** Each surface's measurement by id (or why it cannot be printed). */
  measured: Record<string, UvZoneResult>;
  outline: ModelOutline;
  /** Mesh name -> the material of its first primitive. */
  meshes: Record<string, string>;
};

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Measures a model for a geometry's unit and surfaces. */
export function describeModel(
  doc: Document,
  g: Pick<ModelGeometry, 'scaleToMm'> & { surfaces: Array<Pick<ModelSurface, 'id' | 'mesh' | 'uv'>> },
): ModelDescription {
  const meshes = namedMeshes(doc);
  const { min, max } = meshBounds(meshes);
  const s = g.scaleToMm;
  const measured: Record<string, UvZoneResult> = {};
  for (const surface of g.surfaces) {
    const mesh = meshByName(meshes, surface.mesh);
    measured[surface.id] = mesh
      ? measureUvRect(mesh, surface.uv, s)
      : {
          ok: false,
          problem: { code: 'no-triangles', message: `The model has no mesh called "${surface.mesh}"` },
        };
  }
  return {
    boundsMm: { x: r3((max[0] - min[0]) * s), y: r3((max[1] - min[1]) * s), z: r3((max[2] - min[2]) * s) },
    measured,
    outline: frontOutline(meshes, materialColours(doc), g),
    meshes: Object.fromEntries(meshes.map((m) => [m.mesh, m.material])),
  };
}
