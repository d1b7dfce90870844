// The software rasteriser on known geometry: a cube's silhouette lands where the pinhole camera
// says, the nearer of two cubes hides the farther whatever the drawing order, a decal shows
// through its UV rectangle, and the same scene gives the same bytes.
import { describe, expect, it } from 'vitest';
import { rasterizeMeshes, type RasterMesh, type Rgb } from './rasterize-mesh';

/** A cube of side `size` centred on `c`, each face two triangles with uv 0..1 across it. */
function cube(size: number, c: [number, number, number], colour: Rgb): RasterMesh {
  const h = size / 2;
  const faces: Array<[number, number, number][]> = [
    // +z (front), counter-clockwise seen from outside: bottom-left, bottom-right, top-right, top-left.
    [
      [-h, -h, h],
      [h, -h, h],
      [h, h, h],
      [-h, h, h],
    ],
    [
      [h, -h, -h],
      [-h, -h, -h],
      [-h, h, -h],
      [h, h, -h],
    ],
    [
      [h, -h, h],
      [h, -h, -h],
      [h, h, -h],
      [h, h, h],
    ],
    [
      [-h, -h, -h],
      [-h, -h, h],
      [-h, h, h],
      [-h, h, -h],
    ],
    [
      [-h, h, h],
      [h, h, h],
      [h, h, -h],
      [-h, h, -h],
    ],
    [
      [-h, -h, -h],
      [h, -h, -h],
      [h, -h, h],
      [-h, -h, h],
    ],
  ];
  const positions: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  // glTF uv: v = 0 at the top of the face.
  const faceUv = [
    [0, 1],
    [1, 1],
    [1, 0],
    [0, 0],
  ];
  for (const face of faces) {
    const base = positions.length / 3;
    face.forEach((p, i) => {
      positions.push(p[0] + c[0], p[1] + c[1], p[2] + c[2]);
      uvs.push(...faceUv[i]!);
    });
    indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }
  return { positions, uvs, indices, colour };
}

const WHITE: Rgb = [255, 255, 255];
const size = { widthPx: 100, heightPx: 100, background: WHITE };
const front = { positionMm: [0, 0, 500] as const, targetMm: [0, 0, 0] as const, fovDeg: 30 };
const pixel = (rgb: Uint8Array, x: number, y: number) =>
  Array.from(rgb.slice(3 * (y * 100 + x), 3 * (y * 100 + x) + 3));

describe('rasterizeMeshes', () => {
  it('draws a cube seen face on as a square where the camera projects it', () => {
    const rgb = rasterizeMeshes([cube(100, [0, 0, 0], [200, 40, 40])], front, size);
    // The front face is 450 mm away: half its side is 50 * (50 / tan 15°) / 450 = 20.7 px.
    const inside = (x: number, y: number) => pixel(rgb, x, y).join() !== WHITE.join();
    expect(inside(50, 50)).toBe(true);
    expect(inside(30, 50)).toBe(true);
    expect(inside(69, 50)).toBe(true);
    expect(inside(50, 30)).toBe(true);
    expect(inside(50, 69)).toBe(true);
    expect(inside(28, 50)).toBe(false);
    expect(inside(71, 50)).toBe(false);
    expect(inside(50, 28)).toBe(false);
    expect(inside(50, 71)).toBe(false);
    expect(inside(0, 0)).toBe(false);
    // Only the front face shows: the whole square has one shade of red.
    expect(pixel(rgb, 31, 31)).toEqual(pixel(rgb, 68, 68));
    const [r, g, b] = pixel(rgb, 50, 50) as [number, number, number];
    expect(r).toBeGreaterThan(g);
    expect(g).toBe(b);
  });

  it('hides the farther of two cubes behind the nearer, whichever is drawn first', () => {
    const near = cube(60, [0, 0, 100], [220, 0, 0]);
    const far = cube(120, [0, 0, -100], [0, 0, 220]);
    for (const meshes of [
      [near, far],
      [far, near],
    ]) {
      const rgb = rasterizeMeshes(meshes, front, size);
      const [r, , b] = pixel(rgb, 50, 50) as [number, number, number];
      expect(r).toBeGreaterThan(b);
      // The far cube's edge shows around the near one.
      const [r2, , b2] = pixel(rgb, 50, 33) as [number, number, number];
      expect(b2).toBeGreaterThan(r2);
    }
  });

  it('lays a picture on the surface through its UV rectangle and outlines it', () => {
    const green = {
      widthPx: 2,
      heightPx: 2,
      rgba: Uint8Array.from({ length: 16 }, (_, i) => [0, 255, 0, 255][i % 4]!),
    };
    const mesh: RasterMesh = {
      ...cube(100, [0, 0, 0], [128, 128, 128]),
      // The left half of each face.
      decals: [{ uv: { u0: 0, v0: 0, u1: 0.5, v1: 1 }, texture: green, outline: [255, 0, 255] }],
    };
    const rgb = rasterizeMeshes([mesh], front, { ...size, supersample: 2 });
    const [r, g, b] = pixel(rgb, 40, 50) as [number, number, number];
    expect(g).toBeGreaterThan(r + 50);
    expect(g).toBeGreaterThan(b + 50);
    const [r2, g2, b2] = pixel(rgb, 60, 50) as [number, number, number];
    expect(r2).toBe(g2);
    expect(g2).toBe(b2);
    // The border at the face's middle (x = 50) is drawn in the outline's colour.
    const [r3, g3] = pixel(rgb, 49, 50) as [number, number, number];
    expect(r3).toBeGreaterThan(g3);
  });

  it('clips what lies behind the camera and gives the same bytes every time', () => {
    const inside = { positionMm: [0, 0, 0] as const, targetMm: [0, 0, -1] as const, fovDeg: 60 };
    const a = rasterizeMeshes([cube(100, [0, 0, 0], [90, 160, 90])], inside, { ...size, supersample: 2 });
    const b = rasterizeMeshes([cube(100, [0, 0, 0], [90, 160, 90])], inside, { ...size, supersample: 2 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // From inside the cube its back wall fills the view.
    expect(pixel(a, 0, 0)).not.toEqual([...WHITE]);
    expect(pixel(a, 50, 50)).not.toEqual([...WHITE]);
  });
});
