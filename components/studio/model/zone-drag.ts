// The print area on the 3D view: where the rectangle lies on the selected mesh (drawn over the
// model), and how a drag across the model moves it: by as far as the UV under the pointer went,
// kept inside the layout as the UV view keeps it.
import { BufferAttribute, BufferGeometry, type Mesh } from 'three';
import { arraysOf, worldGeometry } from '@/components/kinds/model/model';
import type { MeshArrays, UvRect } from '@/lib/kinds/model/uv-mesh';
import { surfaceUnderRect } from '@/lib/kinds/model/uv-surface';

export type Uv = { u: number; v: number };

/** `start` moved by the pointer's travel in UV space, kept inside 0..1. */
export function movedRect(start: UvRect, from: Uv, to: Uv): UvRect {
  const du = Math.min(1 - start.u1, Math.max(-start.u0, to.u - from.u));
  const dv = Math.min(1 - start.v1, Math.max(-start.v0, to.v - from.v));
  return { u0: start.u0 + du, v0: start.v0 + dv, u1: start.u1 + du, v1: start.v1 + dv };
}

// A mesh's arrays in world space (the scene's mm), made once per mesh.
const cache = new WeakMap<Mesh, MeshArrays>();
function worldArrays(mesh: Mesh): MeshArrays {
  let arrays = cache.get(mesh);
  if (!arrays) cache.set(mesh, (arrays = arraysOf(worldGeometry(mesh, 1))));
  return arrays;
}

/** The meshes' surface under `rect`, in world space, to draw the print area on the model. */
export function rectGeometry(meshes: Mesh[], rect: UvRect): BufferGeometry {
  const positions: number[] = [];
  for (const mesh of meshes) {
    mesh.updateWorldMatrix(true, false);
    for (const p of surfaceUnderRect(worldArrays(mesh), rect, 1).positions) positions.push(p);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3));
  return geometry;
}
