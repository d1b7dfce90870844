// A flat strap (webbing, a belt) as a thin box swept along a centre line: two broad faces, two
// edges and square-cut ends, with uvs in millimetres so cloth textures tile evenly along it.
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { windToward } from './shapes';

/** A point of the strap's centre line and the direction its width lies in there (unit, across the strap). */
export type StrapStation = { point: Vector3; across: Vector3 };

/** The strap through `stations`, `widthMm` wide and `thicknessMm` thick, facing out along tangent x across. */
export function strapMesh(stations: StrapStation[], widthMm: number, thicknessMm: number): BufferGeometry {
  const n = stations.length;
  const tangents = stations.map((_, i) => {
    const a = stations[Math.max(0, i - 1)]!.point;
    const b = stations[Math.min(n - 1, i + 1)]!.point;
    return new Vector3().subVectors(b, a).normalize();
  });
  // The broad face's normal: along x across, so a strap lying on a panel faces away from it.
  const faces = stations.map((s, i) => new Vector3().crossVectors(tangents[i]!, s.across).normalize());
  const along = stations.map((_, i) => (i ? stations[i]!.point.distanceTo(stations[i - 1]!.point) : 0));
  for (let i = 1; i < n; i++) along[i] = along[i]! + along[i - 1]!;

  const pos: number[] = [];
  const nrm: number[] = [];
  const uv: number[] = [];
  const index: number[] = [];
  const half = { w: widthMm / 2, t: thicknessMm / 2 };
  const corner = (i: number, sw: number, st: number) =>
    stations[i]!.point.clone()
      .addScaledVector(stations[i]!.across, sw * half.w)
      .addScaledVector(faces[i]!, st * half.t);
  // One side of the box along the whole strap: from corner (a) to corner (b) of the cross-section, facing `normal`.
  const side = (a: [number, number], b: [number, number], normal: (i: number) => Vector3, span: number) => {
    const base = pos.length / 3;
    for (let i = 0; i < n; i++) {
      const nn = normal(i);
      for (const [k, [sw, st]] of [a, b].entries()) {
        corner(i, sw, st).toArray(pos, pos.length);
        nrm.push(nn.x, nn.y, nn.z);
        uv.push(along[i]!, k * span);
      }
    }
    for (let i = 0; i + 1 < n; i++) {
      const p = base + 2 * i;
      const q = p + 2;
      index.push(
        ...windToward(pos, [p, q, p + 1], normal(i)),
        ...windToward(pos, [q, q + 1, p + 1], normal(i)),
      );
    }
  };
  side([-1, 1], [1, 1], (i) => faces[i]!, widthMm);
  side([1, -1], [-1, -1], (i) => faces[i]!.clone().negate(), widthMm);
  side([1, 1], [1, -1], (i) => stations[i]!.across, thicknessMm);
  side([-1, -1], [-1, 1], (i) => stations[i]!.across.clone().negate(), thicknessMm);
  // Square-cut ends.
  for (const [i, sign] of [
    [0, -1],
    [n - 1, 1],
  ] as const) {
    const base = pos.length / 3;
    const nn = tangents[i]!.clone().multiplyScalar(sign);
    for (const [sw, st] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      corner(i, sw, st).toArray(pos, pos.length);
      nrm.push(nn.x, nn.y, nn.z);
      uv.push(sw * half.w, st * half.t);
    }
    index.push(
      ...windToward(pos, [base, base + 1, base + 2], nn),
      ...windToward(pos, [base, base + 2, base + 3], nn),
    );
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array(nrm), 3));
  g.setAttribute('uv', new BufferAttribute(new Float32Array(uv), 2));
  g.setIndex(index);
  return g;
}
