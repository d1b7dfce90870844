// The recipes of the small tiling maps that make each material read as what it is: the
// diagonal ribs of denim twill, the knit of cotton jersey, the plain weave of canvas, the grain of leather, the fine
// tooth of soft-touch plastic. Pure arithmetic, no DOM: `npm run textures` bakes them into
// PNG files under public/textures (a test keeps the files equal to these recipes), so a
// shopper's browser downloads a few small images instead of computing them on every visit.
import type { TEXTURE_KINDS } from '@/lib/templates/schema';

export type TextureKind = (typeof TEXTURE_KINDS)[number];
type Height = (x: number, y: number) => number;

/** One square tiling map: its file, size in pixels, tile size in mm and how to draw it. */
export type MapRecipe = {
  file: string;
  size: number;
  tileMm: number;
  /** Colour data in sRGB (albedo), or plain data (normals, roughness). */
  srgb: boolean;
  /** RGBA pixels, rows from the top. */
  pixels: () => Uint8ClampedArray;
};

export type SurfaceRecipe = {
  map: MapRecipe | null;
  normalMap: MapRecipe | null;
  roughnessMap: MapRecipe | null;
  normalScale: number;
  /** The albedo map's mean in linear light: colours are divided by it to keep their hex. */
  mapMean: number;
};

const fract = (v: number) => v - Math.floor(v);

/** Hash-based value noise that tiles every `period` cells (lattice values computed once). */
function noise(period: number, seed: number): (x: number, y: number) => number {
  const lattice = new Float32Array(period * period);
  for (let j = 0; j < period; j++) {
    for (let i = 0; i < period; i++)
      lattice[j * period + i] = fract(Math.sin(i * 127.1 + j * 311.7 + seed * 74.7) * 43758.5453);
  }
  const wrap = (n: number) => ((n % period) + period) % period;
  return (x, y) => {
    const fi = Math.floor(x);
    const fj = Math.floor(y);
    const u = x - fi;
    const v = y - fj;
    const i0 = wrap(fi);
    const i1 = i0 + 1 === period ? 0 : i0 + 1;
    const j0 = wrap(fj) * period;
    const j1 = j0 + period === period * period ? 0 : j0 + period;
    const s = u * u * (3 - 2 * u);
    const t = v * v * (3 - 2 * v);
    const a = lattice[j0 + i0]! + (lattice[j0 + i1]! - lattice[j0 + i0]!) * s;
    const b = lattice[j1 + i0]! + (lattice[j1 + i1]! - lattice[j1 + i0]!) * s;
    return a + (b - a) * t;
  };
}

function rgba(
  size: number,
  pixel: (x: number, y: number, out: Uint8ClampedArray, i: number) => void,
): Uint8ClampedArray {
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) pixel(x, y, data, 4 * (y * size + x));
  return data;
}

/** A normal map from a tiling height function over [0,1)², by central differences. */
function normalMap(file: string, size: number, tileMm: number, height: Height): MapRecipe {
  const pixels = () => {
    const h = new Float32Array(size * size);
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) h[y * size + x] = height(x / size, y / size);
    const at = (x: number, y: number) => h[((y + size) % size) * size + ((x + size) % size)]!;
    return rgba(size, (x, y, d, i) => {
      // Image rows run down while v runs up, hence the sign of dy.
      const dx = (at(x + 1, y) - at(x - 1, y)) / 2;
      const dy = (at(x, y - 1) - at(x, y + 1)) / 2;
      const len = Math.sqrt(dx * dx + dy * dy + 1);
      d[i] = (-dx / len) * 127.5 + 127.5;
      d[i + 1] = (-dy / len) * 127.5 + 127.5;
      d[i + 2] = (1 / len) * 127.5 + 127.5;
      d[i + 3] = 255;
    });
  };
  return { file, size, tileMm, srgb: false, pixels };
}

/** Mean of a greyscale map in linear light (sRGB values decoded). */
function linearMean(size: number, value: Height): number {
  let sum = 0;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) sum += Math.max(0, Math.min(1, value(x / size, y / size))) ** 2.2;
  return sum / (size * size);
}

function greyMap(file: string, size: number, tileMm: number, value: Height, srgb = true): MapRecipe {
  const pixels = () =>
    rgba(size, (x, y, d, i) => {
      d[i] = d[i + 1] = d[i + 2] = Math.max(0, Math.min(1, value(x / size, y / size))) * 255;
      d[i + 3] = 255;
    });
  return { file, size, tileMm, srgb, pixels };
}

// 3/1 right-hand twill: each warp end floats over three picks and under one, stepping one
// end per pick, so the floats line up in ribs rising to the right.
const ENDS = 16;
function twill(x: number, y: number) {
  const end = Math.floor(x * ENDS);
  const pick = Math.floor(y * ENDS);
  const across = Math.sin(Math.PI * fract(x * ENDS));
  const under = (((end - pick) % 4) + 4) % 4 === 0;
  return under
    ? 0.35 * Math.sin(Math.PI * fract(y * ENDS))
    : across * (0.75 + 0.25 * Math.sin(Math.PI * fract((y * ENDS - end) / 3)));
}

function denim(): SurfaceRecipe {
  const slub = noise(32, 3);
  const slow = noise(4, 9);
  // Indigo warp floats, the undyed weft showing where the warp dips under, and streaks
  // where the yarn runs thicker or thinner; over a 40 mm tile so the streaks do not repeat
  // in an obvious rhythm.
  const albedo: Height = (x, y) => {
    const ends = ENDS * 4;
    const weft = (((Math.floor(x * ends) - Math.floor(y * ends)) % 4) + 4) % 4 === 0;
    const streak = 0.86 + 0.14 * slub(x * 32, y * 3) * (0.6 + 0.4 * slow(x * 4, y * 4));
    return (weft ? 1 : 0.66 + 0.18 * Math.sin(Math.PI * fract(x * ends))) * streak;
  };
  return {
    normalMap: normalMap('denim-twill-normal', 256, 10, (x, y) => twill(x, y) * 2.2),
    map: greyMap('denim-twill-albedo', 512, 40, albedo),
    roughnessMap: null,
    normalScale: 0.9,
    mapMean: linearMean(64, albedo),
  };
}

function jersey(): SurfaceRecipe {
  const wales = 10;
  const courses = 13;
  const height: Height = (x, y) => {
    // Rows of V-shaped loops: each wale is two legs leaning toward each other.
    const u = fract(x * wales);
    const leg = Math.abs(u - 0.5) * 2;
    const v = fract(y * courses + leg * 0.45);
    return Math.sin(Math.PI * v) ** 2 * (0.55 + 0.45 * Math.sin(Math.PI * u));
  };
  return {
    normalMap: normalMap('cotton-jersey-normal', 256, 8, height),
    map: null,
    roughnessMap: null,
    normalScale: 0.55,
    mapMean: 1,
  };
}

// Plain weave: every warp end goes over one pick and under the next, so the floats make a
// fine checkerboard of short ridges, alternately along and across.
const YARNS = 8;
function plainWeave(x: number, y: number) {
  const weftOnTop = (Math.floor(x * YARNS) + Math.floor(y * YARNS)) % 2 === 1;
  return weftOnTop ? Math.sin(Math.PI * fract(y * YARNS)) : Math.sin(Math.PI * fract(x * YARNS));
}

function canvas(): SurfaceRecipe {
  const warp = noise(32, 5);
  const weft = noise(32, 6);
  const fleck = noise(96, 11);
  // Thick and thin stretches of yarn streak the cloth both ways, and unbleached cotton keeps
  // small dark flecks of seed husk; over a 48 mm tile so neither repeats in an obvious rhythm.
  const albedo: Height = (x, y) => {
    const streaks = 0.96 + 0.03 * warp(x * 32, y * 2) + 0.015 * weft(x * 2, y * 32);
    const speck = fleck(x * 96, y * 96);
    return streaks * (speck > 0.9 ? 0.8 + 2 * (1 - speck) : 1);
  };
  return {
    normalMap: normalMap('cotton-canvas-normal', 256, 6, (x, y) => plainWeave(x, y) * 1.6),
    map: greyMap('cotton-canvas-albedo', 512, 48, albedo),
    roughnessMap: null,
    normalScale: 0.7,
    mapMean: linearMean(64, albedo),
  };
}

function leather(): SurfaceRecipe {
  const a = noise(16, 1);
  const b = noise(48, 2);
  const grain: Height = (x, y) => 0.6 * a(x * 16, y * 16) + 0.4 * b(x * 48, y * 48);
  const mottle: Height = (x, y) => 0.82 + 0.18 * a(x * 16 + 5, y * 16 + 3);
  return {
    normalMap: normalMap('leather-normal', 256, 24, (x, y) => grain(x, y) * 1.8),
    map: greyMap('leather-albedo', 256, 24, mottle),
    roughnessMap: greyMap('leather-roughness', 256, 24, (x, y) => 0.55 + 0.45 * grain(x, y), false),
    normalScale: 0.6,
    mapMean: linearMean(64, mottle),
  };
}

function fineTooth(name: string, tileMm: number, strength: number): SurfaceRecipe {
  const n = noise(64, 7);
  return {
    normalMap: normalMap(`${name}-normal`, 128, tileMm, (x, y) => n(x * 64, y * 64)),
    map: null,
    roughnessMap: null,
    normalScale: strength,
    mapMean: 1,
  };
}

const RECIPES: Partial<Record<TextureKind, () => SurfaceRecipe>> = {
  'denim-twill': denim,
  'cotton-jersey': jersey,
  'cotton-canvas': canvas,
  leather,
  'plastic-matte': () => fineTooth('plastic-matte', 6, 0.25),
  'ceramic-matte': () => fineTooth('ceramic-matte', 12, 0.12),
};

/** The recipe of a texture kind's maps, or null for smooth finishes (gloss, clear) that have none. */
export function surfaceRecipe(kind: TextureKind): SurfaceRecipe | null {
  return RECIPES[kind]?.() ?? null;
}

/** Every map of every kind, for baking and for the test that keeps the files in step. */
export function allMapRecipes(): MapRecipe[] {
  return (Object.keys(RECIPES) as TextureKind[]).flatMap((kind) => {
    const r = surfaceRecipe(kind);
    return r ? [r.map, r.normalMap, r.roughnessMap].filter((m): m is MapRecipe => m !== null) : [];
  });
}
