// Meshes of known shape for the UV measurement tests: a grid of quads whose position and uv
// come from functions of (s, t) in 0..1, wound counter-clockwise as seen from its front.
import type { MeshArrays } from '../uv-mesh';

type Grid = {
  columns: number;
  rows: number;
  /** Position at (s, t): s runs left to right, t bottom to top, as seen from the front. */
  position: (s: number, t: number) => [number, number, number];
  uv: (s: number, t: number) => [number, number];
};

/** A quad grid as indexed triangle arrays. */
export function gridMesh({ columns, rows, position, uv }: Grid): MeshArrays {
  const positions: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i <= columns; i++) {
      positions.push(...position(i / columns, j / rows));
      uvs.push(...uv(i / columns, j / rows));
    }
  }
  const at = (i: number, j: number) => j * (columns + 1) + i;
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < columns; i++) {
      const [a, b, c, d] = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)];
      indices.push(a, b, c, a, c, d);
    }
  }
  return { positions, uvs, indices };
}

/** Several meshes as one (as a brand's mesh with several UV islands is). */
export function joinMeshes(...meshes: MeshArrays[]): MeshArrays {
  const positions: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  for (const mesh of meshes) {
    const base = positions.length / 3;
    positions.push(...Array.from(mesh.positions));
    uvs.push(...Array.from(mesh.uvs));
    indices.push(...Array.from(mesh.indices ?? []).map((i) => i + base));
  }
  return { positions, uvs, indices };
}

/**
 * The side of a cylinder of radius `radiusM` and height `heightM` (metres, y up), unwrapped
 * around its circumference into the UV rectangle `uv` (seam at the back, v growing down).
 */
export function cylinderSide(
  radiusM: number,
  heightM: number,
  segments: number,
  uv: { u0: number; v0: number; u1: number; v1: number },
): MeshArrays {
  return gridMesh({
    columns: segments,
    rows: 4,
    position: (s, t) => {
      const angle = -Math.PI + 2 * Math.PI * s;
      return [radiusM * Math.sin(angle), heightM * t, radiusM * Math.cos(angle)];
    },
    uv: (s, t) => [uv.u0 + (uv.u1 - uv.u0) * s, uv.v1 - (uv.v1 - uv.v0) * t],
  });
}

/** A flat plane facing +z, `widthM` x `heightM` metres, its lower-left corner at `origin`. */
export function plane(
  widthM: number,
  heightM: number,
  uv: (s: number, t: number) => [number, number],
  origin: [number, number, number] = [0, 0, 0],
  columns = 4,
): MeshArrays {
  return gridMesh({
    columns,
    rows: 4,
    position: (s, t) => [origin[0] + widthM * s, origin[1] + heightM * t, origin[2]],
    uv,
  });
}
