import 'server-only';
import type { Document, Mesh, Node } from '@gltf-transform/core';
import type { MeshArrays } from '../../kinds/model/uv-mesh';

// A named mesh of a glTF document as the plain arrays lib/kinds/model measures: its triangles
// in world space (its first node's transform applied), in glTF units, with TEXCOORD_0.

const TRIANGLES = 4;

/** The first node that shows `mesh`, or null when no node does. */
function nodeOf(doc: Document, mesh: Mesh): Node | null {
  return (
    doc
      .getRoot()
      .listNodes()
      .find((n) => n.getMesh() === mesh) ?? null
  );
}

function transformPoint(m: readonly number[], p: [number, number, number]): [number, number, number] {
  const [x, y, z] = p;
  return [
    m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
    m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
    m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
  ];
}

function determinant3(m: readonly number[]): number {
  return (
    m[0]! * (m[5]! * m[10]! - m[6]! * m[9]!) -
    m[4]! * (m[1]! * m[10]! - m[2]! * m[9]!) +
    m[8]! * (m[1]! * m[6]! - m[2]! * m[5]!)
  );
}

/** Whether every triangle primitive of the mesh has TEXCOORD_0. */
export function meshHasUvs(mesh: Mesh): boolean {
  const prims = mesh.listPrimitives().filter((p) => p.getMode() === TRIANGLES);
  return prims.length > 0 && prims.every((p) => p.getAttribute('TEXCOORD_0') !== null);
}

/** The mesh's triangles as MeshArrays in world space; null when it is not shown or has no UVs. */
export function meshArrays(doc: Document, mesh: Mesh): MeshArrays | null {
  if (!meshHasUvs(mesh)) return null;
  const node = nodeOf(doc, mesh);
  const matrix = node
    ? (node.getWorldMatrix() as readonly number[])
    : [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
  // A mirroring transform turns the triangles' winding around (glTF 3.7.4).
  const flip = determinant3(matrix) < 0;
  const positions: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  const p: number[] = [];
  const uv: number[] = [];
  for (const prim of mesh.listPrimitives()) {
    if (prim.getMode() !== TRIANGLES) continue;
    const position = prim.getAttribute('POSITION')!;
    const texcoord = prim.getAttribute('TEXCOORD_0')!;
    const base = positions.length / 3;
    for (let i = 0; i < position.getCount(); i++) {
      positions.push(...transformPoint(matrix, position.getElement(i, p) as [number, number, number]));
      uvs.push(...texcoord.getElement(i, uv).slice(0, 2));
    }
    const index = prim.getIndices();
    const count = index ? index.getCount() : position.getCount();
    for (let t = 0; t + 2 < count; t += 3) {
      const at = (k: number) => base + (index ? index.getScalar(t + k) : t + k);
      if (flip) indices.push(at(0), at(2), at(1));
      else indices.push(at(0), at(1), at(2));
    }
  }
  return { positions, uvs, indices };
}
