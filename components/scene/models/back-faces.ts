// The back faces of a mesh as a mesh of their own: the same triangles wound the other way
// with normals reversed. Drawing a garment's inside with this and an ordinary front-side
// material (instead of the same geometry with a BackSide material) lets the inside share the
// outside's shader program: one compile fewer, which software WebGL feels at first load.
import { BufferAttribute, type BufferGeometry } from 'three';

/** A copy of `geometry` whose front faces are the original's back faces. */
export function backFaces(geometry: BufferGeometry): BufferGeometry {
  const flipped = geometry.clone();
  const index = flipped.getIndex();
  if (index) {
    const a = index.array;
    for (let i = 0; i + 2 < a.length; i += 3) [a[i + 1], a[i + 2]] = [a[i + 2]!, a[i + 1]!];
  } else {
    for (const attribute of Object.values(flipped.attributes)) {
      if (!(attribute instanceof BufferAttribute)) continue;
      const { array, itemSize } = attribute;
      for (let v = 0; v + 2 < attribute.count; v += 3) {
        for (let k = 0; k < itemSize; k++) {
          const b = (v + 1) * itemSize + k;
          const c = (v + 2) * itemSize + k;
          [array[b], array[c]] = [array[c]!, array[b]!];
        }
      }
    }
  }
  const normal = flipped.getAttribute('normal');
  if (normal instanceof BufferAttribute) {
    for (let i = 0; i < normal.array.length; i++) normal.array[i] = -normal.array[i]!;
  }
  return flipped;
}
