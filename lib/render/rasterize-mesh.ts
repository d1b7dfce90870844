// A small software rasteriser for pictures of a product on the server, where there is no GPU:
// triangles seen through a perspective camera (three.js's conventions: vertical field of view,
// y up), hidden surfaces by a depth buffer, Lambert shading of each mesh's base colour, and
// pictures laid on the surface through UV rectangles (a zone's artwork), outlined where wanted.
// Plain arithmetic on typed arrays in a fixed order, so the same input gives the same pixels.

/** An sRGB colour, each channel 0..255. */
export type Rgb = readonly [number, number, number];
type Vec3 = readonly [number, number, number];

/** Straight (not premultiplied) RGBA pixels, row by row from the top-left. */
export type RasterTexture = { widthPx: number; heightPx: number; rgba: Uint8Array };

/** A picture on a mesh through a rectangle of its UV space (glTF's convention: v = 0 at the top). */
export type RasterDecal = {
  uv: { u0: number; v0: number; u1: number; v1: number };
  /** Stretched over the rectangle, its top-left at (u0, v0); none draws only the outline. */
  texture?: RasterTexture;
  /** Draws the rectangle's visible border in this colour. */
  outline?: Rgb;
};

export type RasterMesh = {
  /** Positions in world space (x, y, z per vertex), in the camera's units. */
  positions: ArrayLike<number>;
  /** Vertex normals; without them each triangle is shaded flat. */
  normals?: ArrayLike<number>;
  /** TEXCOORD_0 (u, v per vertex), needed by decals. */
  uvs?: ArrayLike<number>;
  /** Triangle list; without it every three vertices are a triangle. */
  indices?: ArrayLike<number> | null;
  colour: Rgb;
  decals?: RasterDecal[];
};

export type RasterCamera = { positionMm: Vec3; targetMm: Vec3; fovDeg: number };

export type RasterOptions = {
  widthPx: number;
  heightPx: number;
  background: Rgb;
  /** Samples per pixel along each side (2 draws 4 samples a pixel and averages them). */
  supersample?: number;
};

const NEAR = 1;
const AMBIENT = 0.32;
const DIFFUSE = 0.68;

const SRGB_TO_LINEAR = Float64Array.from({ length: 256 }, (_, i) => {
  const c = i / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});
const LINEAR_STEPS = 4095;
const LINEAR_TO_SRGB = Uint8Array.from({ length: LINEAR_STEPS + 1 }, (_, i) => {
  const c = i / LINEAR_STEPS;
  return Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055));
});
const toSrgb = (linear: number) =>
  LINEAR_TO_SRGB[Math.min(LINEAR_STEPS, Math.max(0, Math.round(linear * LINEAR_STEPS)))]!;

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const normalize = (a: Vec3): Vec3 => {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};

/** The camera's right, up and forward axes (three.js's lookAt with y up). */
function cameraBasis(camera: RasterCamera): { right: Vec3; up: Vec3; forward: Vec3 } {
  const forward = normalize(sub(camera.targetMm, camera.positionMm));
  let right = cross(forward, [0, 1, 0]);
  // Looking straight up or down: any right angle to the view will do, z keeps it stable.
  if (Math.hypot(...right) < 1e-9) right = cross(forward, [0, 0, -1]);
  right = normalize(right);
  return { right, up: cross(right, forward), forward };
}

/** A vertex in camera space (z = distance along the view) with what is interpolated across it. */
type CamVertex = { x: number; y: number; z: number; n: Vec3; u: number; v: number };

function lerpVertex(a: CamVertex, b: CamVertex, t: number): CamVertex {
  const mix = (p: number, q: number) => p + (q - p) * t;
  return {
    x: mix(a.x, b.x),
    y: mix(a.y, b.y),
    z: mix(a.z, b.z),
    n: [mix(a.n[0], b.n[0]), mix(a.n[1], b.n[1]), mix(a.n[2], b.n[2])],
    u: mix(a.u, b.u),
    v: mix(a.v, b.v),
  };
}

/** The part of a triangle in front of the near plane, as a convex polygon. */
function clipNear(tri: CamVertex[]): CamVertex[] {
  if (tri.every((p) => p.z >= NEAR)) return tri;
  const out: CamVertex[] = [];
  for (let i = 0; i < tri.length; i++) {
    const a = tri[i]!;
    const b = tri[(i + 1) % tri.length]!;
    if (a.z >= NEAR) out.push(a);
    if (a.z >= NEAR !== b.z >= NEAR) out.push(lerpVertex(a, b, (NEAR - a.z) / (b.z - a.z)));
  }
  return out;
}

type Target = {
  width: number;
  height: number;
  focal: number;
  /** 1/z of the nearest surface so far per sample (0: nothing yet). */
  depth: Float64Array;
  colour: Uint8Array;
  /** Which decal (1-based, over all meshes) shows at a sample, for outlines; 0 for none. */
  decal: Uint16Array;
  light: Vec3;
  toCamera: Vec3;
};

function drawTriangle(
  t: Target,
  tri: [CamVertex, CamVertex, CamVertex],
  albedo: Vec3,
  decals: ReadonlyArray<{ decal: RasterDecal; id: number }>,
): void {
  const sx = tri.map((p) => t.width / 2 + (p.x * t.focal) / p.z);
  const sy = tri.map((p) => t.height / 2 - (p.y * t.focal) / p.z);
  const iz = tri.map((p) => 1 / p.z);
  const [x0, x1, x2] = sx as [number, number, number];
  const [y0, y1, y2] = sy as [number, number, number];
  const area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  if (area === 0 || !Number.isFinite(area)) return;
  const minX = Math.max(0, Math.floor(Math.min(x0, x1, x2)));
  const maxX = Math.min(t.width - 1, Math.ceil(Math.max(x0, x1, x2)));
  const minY = Math.max(0, Math.floor(Math.min(y0, y1, y2)));
  const maxY = Math.min(t.height - 1, Math.ceil(Math.max(y0, y1, y2)));
  const [a, b, c] = tri;
  for (let py = minY; py <= maxY; py++) {
    const y = py + 0.5;
    for (let px = minX; px <= maxX; px++) {
      const x = px + 0.5;
      const w0 = ((x1 - x) * (y2 - y) - (x2 - x) * (y1 - y)) / area;
      const w1 = ((x2 - x) * (y0 - y) - (x0 - x) * (y2 - y)) / area;
      const w2 = 1 - w0 - w1;
      if (w0 < 0 || w1 < 0 || w2 < 0) continue;
      const invZ = w0 * iz[0]! + w1 * iz[1]! + w2 * iz[2]!;
      const at = py * t.width + px;
      if (invZ <= t.depth[at]!) continue;
      t.depth[at] = invZ;
      // Perspective-correct weights.
      const p0 = (w0 * iz[0]!) / invZ;
      const p1 = (w1 * iz[1]!) / invZ;
      const p2 = 1 - p0 - p1;
      // The normal, unit length, without allocating (this runs for every sample).
      let nx = p0 * a.n[0] + p1 * b.n[0] + p2 * c.n[0];
      let ny = p0 * a.n[1] + p1 * b.n[1] + p2 * c.n[1];
      let nz = p0 * a.n[2] + p1 * b.n[2] + p2 * c.n[2];
      const length = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
      // Two-sided: a surface seen from behind is lit as its visible side.
      const side = nx * t.toCamera[0] + ny * t.toCamera[1] + nz * t.toCamera[2] < 0 ? -length : length;
      nx /= side;
      ny /= side;
      nz /= side;
      let [r, g, bl] = albedo;
      let shown = 0;
      if (decals.length > 0) {
        const u = p0 * a.u + p1 * b.u + p2 * c.u;
        const v = p0 * a.v + p1 * b.v + p2 * c.v;
        for (const { decal, id } of decals) {
          const { u0, v0, u1, v1 } = decal.uv;
          if (u < u0 || u > u1 || v < v0 || v > v1) continue;
          shown = id;
          const tex = decal.texture;
          if (!tex) continue;
          const tx = Math.min(tex.widthPx - 1, Math.floor(((u - u0) / (u1 - u0)) * tex.widthPx));
          const ty = Math.min(tex.heightPx - 1, Math.floor(((v - v0) / (v1 - v0)) * tex.heightPx));
          const k = 4 * (ty * tex.widthPx + tx);
          const alpha = tex.rgba[k + 3]! / 255;
          r += (SRGB_TO_LINEAR[tex.rgba[k]!]! - r) * alpha;
          g += (SRGB_TO_LINEAR[tex.rgba[k + 1]!]! - g) * alpha;
          bl += (SRGB_TO_LINEAR[tex.rgba[k + 2]!]! - bl) * alpha;
        }
      }
      t.decal[at] = shown;
      const light = AMBIENT + DIFFUSE * Math.max(0, nx * t.light[0] + ny * t.light[1] + nz * t.light[2]);
      t.colour[3 * at] = toSrgb(r * light);
      t.colour[3 * at + 1] = toSrgb(g * light);
      t.colour[3 * at + 2] = toSrgb(bl * light);
    }
  }
}

function drawMesh(
  t: Target,
  mesh: RasterMesh,
  camera: RasterCamera,
  basis: ReturnType<typeof cameraBasis>,
  firstDecalId: number,
): void {
  const pos = mesh.positions;
  const count = Math.floor(pos.length / 3);
  const cam = new Float64Array(count * 3);
  for (let i = 0; i < count; i++) {
    const d: Vec3 = [
      pos[3 * i]! - camera.positionMm[0],
      pos[3 * i + 1]! - camera.positionMm[1],
      pos[3 * i + 2]! - camera.positionMm[2],
    ];
    cam[3 * i] = dot(d, basis.right);
    cam[3 * i + 1] = dot(d, basis.up);
    cam[3 * i + 2] = dot(d, basis.forward);
  }
  const albedo: Vec3 = [
    SRGB_TO_LINEAR[mesh.colour[0]]!,
    SRGB_TO_LINEAR[mesh.colour[1]]!,
    SRGB_TO_LINEAR[mesh.colour[2]]!,
  ];
  const decals = mesh.uvs ? (mesh.decals ?? []).map((decal, i) => ({ decal, id: firstDecalId + i })) : [];
  const triangles = Math.floor((mesh.indices ? mesh.indices.length : count) / 3);
  for (let f = 0; f < triangles; f++) {
    const idx = [0, 1, 2].map((k) => (mesh.indices ? mesh.indices[3 * f + k]! : 3 * f + k));
    const world = idx.map((i): Vec3 => [pos[3 * i]!, pos[3 * i + 1]!, pos[3 * i + 2]!]);
    const face = normalize(cross(sub(world[1]!, world[0]!), sub(world[2]!, world[0]!)));
    const tri = idx.map((i): CamVertex => ({
      x: cam[3 * i]!,
      y: cam[3 * i + 1]!,
      z: cam[3 * i + 2]!,
      n: mesh.normals ? [mesh.normals[3 * i]!, mesh.normals[3 * i + 1]!, mesh.normals[3 * i + 2]!] : face,
      u: mesh.uvs ? mesh.uvs[2 * i]! : 0,
      v: mesh.uvs ? mesh.uvs[2 * i + 1]! : 0,
    }));
    const polygon = clipNear(tri);
    for (let k = 1; k + 1 < polygon.length; k++)
      drawTriangle(t, [polygon[0]!, polygon[k]!, polygon[k + 1]!], albedo, decals);
  }
}

/** Draws the outlined decals' visible borders `width` samples wide, inside their area. */
function drawOutlines(t: Target, outlines: ReadonlyMap<number, Rgb>, width: number): void {
  if (outlines.size === 0) return;
  const edge = new Uint8Array(t.width * t.height);
  for (let y = 0; y < t.height; y++)
    for (let x = 0; x < t.width; x++) {
      const id = t.decal[y * t.width + x]!;
      if (!outlines.has(id)) continue;
      let border = false;
      for (let d = 1; d <= width && !border; d++)
        for (const [nx, ny] of [
          [x - d, y],
          [x + d, y],
          [x, y - d],
          [x, y + d],
        ] as const)
          if (nx < 0 || ny < 0 || nx >= t.width || ny >= t.height || t.decal[ny * t.width + nx] !== id)
            border = true;
      if (border) edge[y * t.width + x] = 1;
    }
  for (let at = 0; at < edge.length; at++) {
    if (!edge[at]) continue;
    const c = outlines.get(t.decal[at]!)!;
    t.colour.set(c, 3 * at);
  }
}

/**
 * The meshes seen from `camera`, as RGB pixels (widthPx x heightPx, row by row from the
 * top-left) on the background colour. Lit by one light from over the camera's left shoulder.
 */
export function rasterizeMeshes(
  meshes: RasterMesh[],
  camera: RasterCamera,
  options: RasterOptions,
): Uint8Array {
  const s = Math.max(1, Math.round(options.supersample ?? 1));
  const width = options.widthPx * s;
  const height = options.heightPx * s;
  const basis = cameraBasis(camera);
  const colour = new Uint8Array(width * height * 3);
  for (let at = 0; at < width * height; at++) colour.set(options.background, 3 * at);
  const t: Target = {
    width,
    height,
    focal: height / 2 / Math.tan((camera.fovDeg * Math.PI) / 360),
    depth: new Float64Array(width * height),
    colour,
    decal: new Uint16Array(width * height),
    light: normalize([
      -0.75 * basis.forward[0] + 0.5 * basis.up[0] - 0.35 * basis.right[0],
      -0.75 * basis.forward[1] + 0.5 * basis.up[1] - 0.35 * basis.right[1],
      -0.75 * basis.forward[2] + 0.5 * basis.up[2] - 0.35 * basis.right[2],
    ]),
    toCamera: [-basis.forward[0], -basis.forward[1], -basis.forward[2]],
  };
  const outlines = new Map<number, Rgb>();
  let nextDecal = 1;
  for (const mesh of meshes) {
    for (const [i, decal] of (mesh.decals ?? []).entries())
      if (decal.outline) outlines.set(nextDecal + i, decal.outline);
    drawMesh(t, mesh, camera, basis, nextDecal);
    nextDecal += mesh.decals?.length ?? 0;
  }
  drawOutlines(t, outlines, 2 * s);
  if (s === 1) return colour;
  // Each pixel the rounded mean of its s x s samples.
  const out = new Uint8Array(options.widthPx * options.heightPx * 3);
  const half = (s * s) >> 1;
  for (let y = 0; y < options.heightPx; y++)
    for (let x = 0; x < options.widthPx; x++)
      for (let ch = 0; ch < 3; ch++) {
        let sum = 0;
        for (let dy = 0; dy < s; dy++)
          for (let dx = 0; dx < s; dx++) sum += colour[3 * ((y * s + dy) * width + x * s + dx) + ch]!;
        out[3 * (y * options.widthPx + x) + ch] = Math.floor((sum + half) / (s * s));
      }
  return out;
}
