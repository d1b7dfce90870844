// A GLB material's own look as a swatch, for the materials of a model no option dresses (a
// notebook's paper): its base colour, roughness and metalness.
import { Color, MeshStandardMaterial, type Material } from 'three';
import type { Swatch } from '@/components/scene/materials';

/** The swatch closest to a loaded glTF material. */
export function ownSwatch(material: Material): Swatch {
  if (!(material instanceof MeshStandardMaterial))
    return { hex: '#bdbdbd', roughness: 0.6, metalness: 0, texture: 'plastic-matte', transmission: 0 };
  const hex = `#${new Color().copy(material.color).getHexString()}`;
  const roughness = Math.min(1, Math.max(0, material.roughness));
  return {
    hex,
    roughness,
    metalness: Math.min(1, Math.max(0, material.metalness)),
    texture: roughness < 0.3 ? 'plastic-gloss' : 'plastic-matte',
    transmission: 0,
  };
}
