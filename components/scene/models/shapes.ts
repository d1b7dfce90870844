// Small geometry helpers shared by the product builders (all in millimetres).
import { BufferAttribute, Path, Shape, Vector3, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** A rectangle in scene x/y (y up): its left and bottom edges and its size. */
export type SceneRect = { left: number; bottom: number; width: number; height: number };

/** Traces a rounded rectangle counter-clockwise into a shape or a hole path. */
export function traceRoundedRect<T extends Path>(path: T, r: SceneRect, radius: number): T {
  const { left: x, bottom: y, width: w, height: h } = r;
  const k = Math.max(0, Math.min(radius, w / 2, h / 2));
  path.moveTo(x + k, y);
  path.lineTo(x + w - k, y);
  path.absarc(x + w - k, y + k, k, -Math.PI / 2, 0, false);
  path.lineTo(x + w, y + h - k);
  path.absarc(x + w - k, y + h - k, k, 0, Math.PI / 2, false);
  path.lineTo(x + k, y + h);
  path.absarc(x + k, y + h - k, k, Math.PI / 2, Math.PI, false);
  path.lineTo(x, y + k);
  path.absarc(x + k, y + k, k, Math.PI, (3 * Math.PI) / 2, false);
  return path;
}

export const roundedRectShape = (r: SceneRect, radius: number) => traceRoundedRect(new Shape(), r, radius);
export const roundedRectHole = (r: SceneRect, radius: number) => traceRoundedRect(new Path(), r, radius);

/** Sets uvs from x/y positions so that `r` spans 0..1 (a flat print over that rectangle). */
export function planarUvs(geometry: BufferGeometry, r: SceneRect): BufferGeometry {
  const pos = geometry.getAttribute('position');
  const uv = new Float32Array(pos.count * 2);
  for (let i = 0; i < pos.count; i++) {
    uv[2 * i] = (pos.getX(i) - r.left) / r.width;
    uv[2 * i + 1] = (pos.getY(i) - r.bottom) / r.height;
  }
  geometry.setAttribute('uv', new BufferAttribute(uv, 2));
  return geometry;
}

/** Scales a geometry's uvs, so textures that tile per millimetre line up across parts. */
export function scaleUvs(geometry: BufferGeometry, su: number, sv: number): BufferGeometry {
  const uv = geometry.getAttribute('uv');
  for (let i = 0; i < uv.count; i++) uv.setXY(i, uv.getX(i) * su, uv.getY(i) * sv);
  return geometry;
}

/** Merges geometries of one part into a single draw call, freeing the pieces. */
export function merge(pieces: BufferGeometry[]): BufferGeometry {
  // Indexed and non-indexed pieces only merge once all of them are non-indexed.
  const mixed = pieces.some((g) => !g.index);
  const uniform = mixed ? pieces.map((g) => (g.index ? g.toNonIndexed() : g)) : pieces;
  const merged = mergeGeometries(uniform, false);
  for (const g of new Set([...pieces, ...uniform])) g.dispose();
  if (!merged) throw new Error('merge: the pieces do not share the same attributes');
  return merged;
}

/** A triangle (indices into flat x, y, z positions) wound so that its face looks along `normal`. */
export function windToward(pos: ArrayLike<number>, [a, b, c]: readonly [number, number, number], normal: Vector3): [number, number, number] {
  const at = (k: number) => new Vector3(pos[3 * k], pos[3 * k + 1], pos[3 * k + 2]);
  const face = new Vector3().subVectors(at(b), at(a)).cross(new Vector3().subVectors(at(c), at(a)));
  return face.dot(normal) >= 0 ? [a, b, c] : [a, c, b];
}
