import 'server-only';
import type { Document, Material } from '@gltf-transform/core';
import { getBounds } from '@gltf-transform/functions';
import type { ModelMaterial, ModelMesh } from '../../models/upload';
import { meshArrays, meshHasUvs } from './mesh-arrays';
import { uvIslands } from './uv-islands';

// What the studio lists of a stored model: its meshes (triangles, materials, UV islands), its
// materials (the swatch a colour option starts from) and its size in glTF units.

const TRIANGLES = 4;

const hex = (rgb: number[]) =>
  `#${rgb
    .slice(0, 3)
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) ** (1 / 2.2) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

function material(m: Material): ModelMaterial {
  return {
    name: m.getName(),
    baseColorHex: hex(m.getBaseColorFactor()),
    metalness: m.getMetallicFactor(),
    roughness: m.getRoughnessFactor(),
    hasTexture: m.getBaseColorTexture() !== null,
  };
}

/** The meshes, materials, triangle count and bounds of a (dequantized) document. */
export function inspectDocument(doc: Document): {
  meshes: ModelMesh[];
  materials: ModelMaterial[];
  triangles: number;
  bounds: { x: number; y: number; z: number };
  center: { x: number; y: number; z: number };
} {
  const root = doc.getRoot();
  let triangles = 0;
  const meshes = root.listMeshes().map((mesh): ModelMesh => {
    const prims = mesh.listPrimitives().filter((p) => p.getMode() === TRIANGLES);
    const count = prims.reduce(
      (sum, p) => sum + (p.getIndices() ?? p.getAttribute('POSITION')!).getCount() / 3,
      0,
    );
    triangles += count;
    const arrays = meshHasUvs(mesh) ? meshArrays(doc, mesh) : null;
    const { islands, truncated } = arrays ? uvIslands(arrays) : { islands: [], truncated: false };
    return {
      name: mesh.getName(),
      triangles: count,
      materials: [...new Set(prims.map((p) => p.getMaterial()?.getName()).filter((n): n is string => !!n))],
      hasUvs: arrays !== null,
      islands,
      outlineTruncated: truncated,
    };
  });
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  const box = scene ? getBounds(scene) : { min: [0, 0, 0], max: [0, 0, 0] };
  const size = (i: number) => Math.max(0, box.max[i]! - box.min[i]!);
  const mid = (i: number) => (box.max[i]! + box.min[i]!) / 2;
  return {
    meshes,
    materials: root.listMaterials().map(material),
    triangles,
    bounds: { x: size(0), y: size(1), z: size(2) },
    center: { x: mid(0), y: mid(1), z: mid(2) },
  };
}
