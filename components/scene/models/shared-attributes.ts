// Every part of a product is drawn by one shader program (materials.ts), and a program that
// reads vertex colours needs them on every mesh it draws. Parts built without shading (the
// jeans' rivets) get white vertex colours, the same layout as their neighbours' so that the
// GPU can reuse one pipeline for all of them.
import { BufferAttribute, type BufferGeometry } from 'three';

/** Gives white vertex colours to the geometries without any, if any geometry has them; true if so. */
export function shareVertexColours(geometries: BufferGeometry[]): boolean {
  const shaded = geometries.find((g) => g.hasAttribute('color'));
  if (!shaded) return false;
  const itemSize = shaded.getAttribute('color').itemSize;
  for (const g of geometries) {
    if (g.hasAttribute('color')) continue;
    const colours = new Float32Array(g.getAttribute('position').count * itemSize).fill(1);
    g.setAttribute('color', new BufferAttribute(colours, itemSize));
  }
  return true;
}
