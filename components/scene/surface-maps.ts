// The material maps of each texture kind (denim twill, jersey knit, leather grain, the fine
// tooth of matte plastic), loaded from the PNGs baked from textures/texture-recipes.ts and
// shared by every material of that kind. Fetching and decoding happen off the main thread;
// computing them in the page took 60-120 ms of it for the jeans on a slow machine.
import { DataTexture, RepeatWrapping, SRGBColorSpace, Texture } from 'three';
import { surfaceRecipe, type MapRecipe, type TextureKind } from './textures/texture-recipes';

export type { TextureKind };

export type SurfaceMaps = {
  /** Greyscale albedo multiplied into the colour (weave shadows, leather mottling). */
  map: Texture | null;
  normalMap: Texture | null;
  roughnessMap: Texture | null;
  normalScale: number;
  /** The albedo map's mean in linear light: colours are divided by it to keep their hex. */
  mapMean: number;
};

const NONE: SurfaceMaps = { map: null, normalMap: null, roughnessMap: null, normalScale: 0, mapMean: 1 };
const loaded = new Map<TextureKind, SurfaceMaps>();
const loading = new Map<TextureKind, Promise<SurfaceMaps>>();

async function loadMap(recipe: MapRecipe | null): Promise<Texture | null> {
  if (!recipe) return null;
  const response = await fetch(`/textures/${recipe.file}.png`);
  if (!response.ok) throw new Error(`/textures/${recipe.file}.png: HTTP ${response.status}`);
  // WebGL cannot flip an ImageBitmap on upload: it is flipped while decoding instead, so
  // that the image's top row lies at v = 1 as with any other texture.
  const bitmap = await createImageBitmap(await response.blob(), { imageOrientation: 'flipY' });
  const texture = new Texture(bitmap);
  texture.flipY = false;
  texture.wrapS = texture.wrapT = RepeatWrapping;
  // Geometry uvs are in millimetres: one tile per tileMm.
  texture.repeat.set(1 / recipe.tileMm, 1 / recipe.tileMm);
  texture.anisotropy = 4;
  if (recipe.srgb) texture.colorSpace = SRGBColorSpace;
  texture.needsUpdate = true;
  return texture;
}

async function load(kind: TextureKind): Promise<SurfaceMaps> {
  const recipe = surfaceRecipe(kind);
  if (!recipe) return NONE;
  try {
    const [map, normalMap, roughnessMap] = await Promise.all([
      loadMap(recipe.map),
      loadMap(recipe.normalMap),
      loadMap(recipe.roughnessMap),
    ]);
    return { map, normalMap, roughnessMap, normalScale: recipe.normalScale, mapMean: recipe.mapMean };
  } catch (error) {
    // The product still shows, in smooth materials, rather than not at all.
    console.warn(`Material maps for ${kind} unavailable`, error);
    return NONE;
  }
}

/** Loads a texture kind's maps once; smooth finishes (gloss, clear) resolve with none. */
export function loadMaps(kind: TextureKind): Promise<SurfaceMaps> {
  let promise = loading.get(kind);
  if (!promise) {
    promise = load(kind).then((maps) => {
      // Unless disposeMaps() forgot this load while it ran.
      if (loading.get(kind) === promise) loaded.set(kind, maps);
      return maps;
    });
    loading.set(kind, promise);
  }
  return promise;
}

/** True once a kind's maps are loaded. */
export function mapsLoaded(kind: TextureKind): boolean {
  return loaded.has(kind);
}

/** A kind's maps if loaded, else none for now (loadMaps brings them). */
export function mapsFor(kind: TextureKind): SurfaceMaps {
  return loaded.get(kind) ?? NONE;
}

// Stand-ins for a map a finish lacks, on a product where another finish has it: every part of
// a product is drawn by one shader program (materials.ts), which samples the same maps for
// all. White albedo and roughness change nothing (both multiply); the flat normal is scaled
// to nothing besides.
let neutral: { map: Texture; normalMap: Texture; roughnessMap: Texture } | null = null;

function pixel(r: number, g: number, b: number, srgb = false): Texture {
  const texture = new DataTexture(new Uint8Array([r, g, b, 255]), 1, 1);
  if (srgb) texture.colorSpace = SRGBColorSpace;
  texture.needsUpdate = true;
  return texture;
}

/** One-pixel maps that leave a material as it is. */
export function neutralMaps(): { map: Texture; normalMap: Texture; roughnessMap: Texture } {
  return (neutral ??= { map: pixel(255, 255, 255, true), normalMap: pixel(128, 128, 255), roughnessMap: pixel(255, 255, 255) });
}

/** Frees every loaded map (they are loaded again on demand). */
export function disposeMaps(): void {
  if (neutral) for (const t of Object.values(neutral)) t.dispose();
  neutral = null;
  for (const maps of loaded.values()) {
    for (const t of [maps.map, maps.normalMap, maps.roughnessMap]) {
      if (t?.image instanceof ImageBitmap) t.image.close();
      t?.dispose();
    }
  }
  loaded.clear();
  loading.clear();
}
