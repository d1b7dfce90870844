import { MeshPhysicalMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { applySwatch, MaterialLibrary, type Swatch } from './materials';

const swatch = (texture: Swatch['texture'], roughness: number, metalness = 0): Swatch => ({
  hex: '#336699',
  roughness,
  metalness,
  texture,
  transmission: 0,
});

/** What three compiles a program for, as far as these materials differ. */
const programFeatures = (m: MeshPhysicalMaterial) =>
  [!!m.map, !!m.normalMap, !!m.roughnessMap, m.sheen > 0, m.clearcoat > 0, m.vertexColors].join();

describe('MaterialLibrary', () => {
  it('gives every part of a product the same shader features, in doses too small to see', () => {
    const library = new MaterialLibrary();
    library.apply(
      new Map([
        ['fabric', swatch('denim-twill', 0.9)],
        ['button', swatch('plastic-gloss', 0.1)],
        ['rivet', swatch('plastic-gloss', 0.3, 1)],
      ]),
    );
    const fabric = library.get('fabric');
    const button = library.get('button');
    const rivet = library.get('rivet');
    expect(new Set([fabric, button, rivet].map(programFeatures)).size).toBe(1);
    // Each keeps its own look: cloth sheen on the cloth, a glaze on the gloss button only.
    expect(fabric.sheen).toBe(0.6);
    expect(button.sheen).toBeLessThan(0.001);
    expect(button.clearcoat).toBe(1);
    expect(fabric.clearcoat).toBeLessThan(0.001);
    expect(rivet.clearcoat).toBeLessThan(0.001);
    library.dispose();
  });

  it('follows a new selection: features no part needs any more are dropped', () => {
    const library = new MaterialLibrary();
    library.apply(new Map([['case', swatch('plastic-gloss', 0.1)]]));
    const material = library.get('case');
    expect(material.clearcoat).toBe(1);
    library.apply(new Map([['case', swatch('plastic-matte', 0.7)]]));
    expect(material.clearcoat).toBe(0);
    expect(material.sheen).toBe(0);
    library.dispose();
  });
});

describe('applySwatch', () => {
  it('fills maps a finish lacks with neutral one-pixel maps when the product shares them', () => {
    const m = new MeshPhysicalMaterial();
    applySwatch(m, swatch('plastic-gloss', 0.3, 1), 1, null, false, {
      map: true,
      normalMap: true,
      roughnessMap: true,
      sheen: false,
      clearcoat: false,
    });
    expect(m.map?.image).toMatchObject({ width: 1, height: 1, data: new Uint8Array([255, 255, 255, 255]) });
    expect(m.roughnessMap?.image).toMatchObject({ data: new Uint8Array([255, 255, 255, 255]) });
    // The flat normal map bends nothing, and is not even applied.
    expect(m.normalMap?.image).toMatchObject({ data: new Uint8Array([128, 128, 255, 255]) });
    expect(m.normalScale.x).toBe(0);
  });
});
