// One physical material per part of the product, updated in place when a choice changes.
//
// All the parts of a product are drawn by one shader program. A program is compiled for each
// combination of features (maps, sheen, clearcoat, vertex colours), and software WebGL spent
// 30-50 ms of the first frame on each: the jeans' five finishes took five. So each part gets
// every feature any part of the product uses, in a dose that changes nothing where its own
// finish has none (a white map, a trace of sheen).
import { Color, MeshPhysicalMaterial, type Texture } from 'three';
import { kindModel } from '@/components/kinds/models';
import type { Template, TemplateOption } from '@/lib/templates/schema';
import { mapsFor, neutralMaps } from './surface-maps';

export type Swatch = TemplateOption['choices'][number]['swatch'];

const WHITE = new Color('#ffffff');
const FALLBACK: Swatch = {
  hex: '#bdbdbd',
  roughness: 0.6,
  metalness: 0,
  texture: 'plastic-matte',
  transmission: 0,
};

/** The swatch dressing each part under a selection (unknown choices fall back to the default). */
export function swatchesFor(template: Template, selection: Record<string, string>): Map<string, Swatch> {
  // The kind's own finishes for the parts no option dresses (the phone in the case), then the chosen ones.
  const out = new Map(Object.entries(kindModel(template.geometry.kind).fixedSwatches));
  for (const option of template.options) {
    const choice =
      option.choices.find((c) => c.id === selection[option.id]) ??
      option.choices.find((c) => c.id === option.defaultChoice) ??
      option.choices[0];
    if (choice) out.set(option.part, choice.swatch);
  }
  return out;
}

/** The model's own finishes (a brand's GLB materials) under the chosen and fixed ones. */
export function withOwnSwatches(
  swatches: Map<string, Swatch>,
  own: Readonly<Record<string, Swatch>> | undefined,
): Map<string, Swatch> {
  if (!own) return swatches;
  const out = new Map(Object.entries(own));
  for (const [part, swatch] of swatches) out.set(part, swatch);
  return out;
}

/** The swatch of one part (a neutral grey for a part nothing dresses). */
export function swatchOf(swatches: Map<string, Swatch>, part: string): Swatch {
  return swatches.get(part) ?? FALLBACK;
}

/** The shader features a finish needs; for a product, those of all its parts together. */
type Features = {
  map: boolean;
  normalMap: boolean;
  roughnessMap: boolean;
  sheen: boolean;
  clearcoat: boolean;
};

const NO_FEATURES: Features = {
  map: false,
  normalMap: false,
  roughnessMap: false,
  sheen: false,
  clearcoat: false,
};
// Enough to turn a feature on, too little to see.
const TRACE = 1e-4;

const isCloth = (s: Swatch) =>
  s.texture === 'cotton-jersey' || s.texture === 'denim-twill' || s.texture === 'cotton-canvas';
/** A glaze or a gloss lacquer: a clear, sharp reflection on top of the colour. */
const hasClearcoat = (s: Swatch) =>
  (s.texture === 'ceramic-gloss' || s.texture === 'plastic-gloss' || s.texture === 'plastic-clear') &&
  s.metalness < 0.5 &&
  s.roughness <= 0.2;

/** The features a swatch's finish needs (its maps as far as they are loaded). */
function featuresOf(s: Swatch): Features {
  const maps = mapsFor(s.texture);
  return {
    map: !!maps.map,
    normalMap: !!maps.normalMap,
    roughnessMap: !!maps.roughnessMap,
    sheen: isCloth(s),
    clearcoat: hasClearcoat(s),
  };
}

/** The features of several finishes together. */
function unionOf(features: Features[]): Features {
  return features.reduce(
    (a, f) => ({
      map: a.map || f.map,
      normalMap: a.normalMap || f.normalMap,
      roughnessMap: a.roughnessMap || f.roughnessMap,
      sheen: a.sheen || f.sheen,
      clearcoat: a.clearcoat || f.clearcoat,
    }),
    NO_FEATURES,
  );
}

/**
 * Sets a material from a swatch; `print` dresses zone artwork in the part's finish instead.
 * `shared` are features to have even where the finish has none (see the top of this file).
 */
export function applySwatch(
  m: MeshPhysicalMaterial,
  s: Swatch,
  tint = 1,
  print: Texture | null = null,
  vertexColors = m.vertexColors,
  shared: Features = NO_FEATURES,
): void {
  const maps = mapsFor(s.texture);
  const none = shared === NO_FEATURES ? null : neutralMaps();
  const before = [m.map, m.normalMap, m.roughnessMap, m.vertexColors].map(Boolean).join();
  m.vertexColors = vertexColors;
  m.color.set(print ? '#ffffff' : s.hex).multiplyScalar(print ? tint : tint / maps.mapMean);
  m.roughness = Math.max(print ? 0.35 : 0.04, s.roughness);
  m.metalness = print ? 0 : s.metalness;
  m.map = print ?? maps.map ?? (shared.map ? none!.map : null);
  m.normalMap = maps.normalMap ?? (shared.normalMap ? none!.normalMap : null);
  m.normalScale.setScalar(maps.normalScale);
  m.roughnessMap = maps.roughnessMap ?? (shared.roughnessMap ? none!.roughnessMap : null);
  // Ink on a clear case is opaque; the case itself lets light through.
  m.transmission = print ? 0 : s.transmission;
  m.thickness = 1.2;
  m.ior = 1.5;
  m.clearcoat = hasClearcoat(s) ? 1 : shared.clearcoat ? TRACE : 0;
  m.clearcoatRoughness = 0.06;
  m.sheen = isCloth(s) && !print ? 0.6 : shared.sheen ? TRACE : 0;
  m.sheenRoughness = 0.8;
  m.sheenColor.set(s.hex).lerp(WHITE, 0.6);
  if (before !== [m.map, m.normalMap, m.roughnessMap, m.vertexColors].map(Boolean).join())
    m.needsUpdate = true;
}

/** Materials keyed by part, tint and side (outside or inside), shared by every mesh that asks for the same. */
export class MaterialLibrary {
  private readonly entries = new Map<
    string,
    { material: MeshPhysicalMaterial; part: string; tint: number }
  >();
  private swatches = new Map<string, Swatch>();
  private shared: Features = NO_FEATURES;

  /** The material for a part; created on first use and kept in step with the selection. */
  get(part: string, tint = 1, inside = false, vertexColors = false): MeshPhysicalMaterial {
    const key = `${part}|${tint}|${inside}|${vertexColors}`;
    let entry = this.entries.get(key);
    if (!entry) {
      // An inside is drawn on back-face geometry (models/back-faces.ts), so it shares the
      // outside's program; it gives way to the outside where the two meet at a seam.
      const material = new MeshPhysicalMaterial(
        inside
          ? { vertexColors, polygonOffset: true, polygonOffsetFactor: 1, polygonOffsetUnits: 2 }
          : { vertexColors },
      );
      entry = { material, part, tint };
      this.entries.set(key, entry);
      this.refresh();
    }
    return entry.material;
  }

  /** Applies a new selection to every material in place. */
  apply(swatches: Map<string, Swatch>): void {
    this.swatches = swatches;
    this.refresh();
  }

  /** The features of every part's finish, given to every part. */
  private refresh(): void {
    const entries = [...this.entries.values()];
    this.shared = unionOf(entries.map(({ part }) => featuresOf(swatchOf(this.swatches, part))));
    for (const { material, part, tint } of entries)
      applySwatch(material, swatchOf(this.swatches, part), tint, null, material.vertexColors, this.shared);
  }

  dispose(): void {
    for (const { material } of this.entries.values()) material.dispose();
    this.entries.clear();
  }
}
