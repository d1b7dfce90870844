// A glTF document's meshes as plain arrays in world space (each primitive through its node's
// world matrix), named by mesh and material, for measuring zones and computing the drawing on
// the server and in tests. The browser measures nothing: it loads the stored GLB with three.
import type { Document, Node } from '@gltf-transform/core';
import type { MeshArrays } from './uv-mesh';

/** One primitive of a named mesh, positions in the model's units (before scaleToMm). */
export type NamedMesh = MeshArrays & { mesh: string; material: string };

function transform(m: ArrayLike<number>, x: number, y: number, z: number): [number, number, number] {
  return [
    m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
    m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
    m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
  ];
}

function primitivesOf(node: Node): NamedMesh[] {
  const mesh = node.getMesh();
  if (!mesh) return [];
  const world = node.getWorldMatrix();
  return mesh.listPrimitives().flatMap((prim) => {
    const position = prim.getAttribute('POSITION');
    if (!position || prim.getMode() !== 4) return [];
    const uv = prim.getAttribute('TEXCOORD_0');
    const normal = prim.getAttribute('NORMAL');
    const count = position.getCount();
    const positions = new Float64Array(count * 3);
    const uvs = new Float64Array(count * 2);
    const normals = normal ? new Float64Array(count * 3) : undefined;
    const p = [0, 0, 0];
    const t = [0, 0];
    for (let i = 0; i < count; i++) {
      position.getElement(i, p);
      positions.set(transform(world, p[0]!, p[1]!, p[2]!), i * 3);
      if (uv) uvs.set(uv.getElement(i, t), i * 2);
      if (normal && normals) {
        normal.getElement(i, p);
        // Directions only: the rotation part of the matrix (seed models are not skewed).
        const n = transform(world, p[0]!, p[1]!, p[2]!);
        const o = transform(world, 0, 0, 0);
        normals.set([n[0] - o[0], n[1] - o[1], n[2] - o[2]], i * 3);
      }
    }
    const indices = prim.getIndices();
    return [
      {
        mesh: mesh.getName(),
        material: prim.getMaterial()?.getName() ?? '',
        positions,
        uvs,
        normals,
        indices: indices ? Array.from({ length: indices.getCount() }, (_, i) => indices.getScalar(i)) : null,
      },
    ];
  });
}

/** Every triangle primitive of the document's default scene, in world space. */
export function namedMeshes(doc: Document): NamedMesh[] {
  const root = doc.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  const out: NamedMesh[] = [];
  const visit = (node: Node) => {
    out.push(...primitivesOf(node));
    node.listChildren().forEach(visit);
  };
  scene?.listChildren().forEach(visit);
  return out;
}

/** The primitives of one mesh joined into one array set (a mesh may have one per material). */
export function meshByName(meshes: NamedMesh[], name: string): MeshArrays | null {
  const parts = meshes.filter((m) => m.mesh === name);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  const positions: number[] = [];
  const uvs: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  for (const part of parts) {
    const base = positions.length / 3;
    const count = part.positions.length / 3;
    positions.push(...Array.from(part.positions));
    uvs.push(...Array.from(part.uvs));
    normals.push(...Array.from(part.normals ?? new Float64Array(count * 3)));
    const own = part.indices ? Array.from(part.indices) : Array.from({ length: count }, (_, i) => i);
    indices.push(...own.map((i) => i + base));
  }
  return { positions, uvs, normals, indices };
}

/** The box around every mesh, in the model's units. */
export function meshBounds(meshes: NamedMesh[]): {
  min: [number, number, number];
  max: [number, number, number];
} {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const m of meshes)
    for (let i = 0; i < m.positions.length; i += 3)
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, m.positions[i + k]!);
        max[k] = Math.max(max[k]!, m.positions[i + k]!);
      }
  return { min, max };
}

const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** Each material's base colour as an sRGB hex code, by material name. */
export function materialColours(doc: Document): Record<string, string> {
  return Object.fromEntries(
    doc
      .getRoot()
      .listMaterials()
      .map((m) => [
        m.getName(),
        '#' +
          m
            .getBaseColorFactor()
            .slice(0, 3)
            .map((c) =>
              Math.round(Math.min(1, Math.max(0, toSrgb(c))) * 255)
                .toString(16)
                .padStart(2, '0'),
            )
            .join(''),
      ]),
  );
}
