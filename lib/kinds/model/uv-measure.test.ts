import { describe, expect, it } from 'vitest';
import { cylinderSide, joinMeshes, plane } from './testing/meshes';
import { measureUvRect, STRETCH_WARNING_PCT } from './uv-measure';
import { pointAtUv, surfaceUnderRect, zoneUvRect } from './uv-surface';

const M = 1000; // mm per metre: glTF is in metres

describe('measureUvRect', () => {
  it('measures a cylinder unwrapped around its side as 2 pi r by its height', () => {
    const r = 0.0365;
    const mesh = cylinderSide(r, 0.2, 96, { u0: 0.05, v0: 0.1, u1: 0.95, v1: 0.9 });
    const result = measureUvRect(mesh, { u0: 0.05, v0: 0.1, u1: 0.95, v1: 0.9 }, M);
    if (!result.ok) throw new Error(result.problem.message);
    expect(Math.abs(result.widthMm / (2 * Math.PI * r * M) - 1)).toBeLessThan(0.005);
    expect(result.heightMm).toBeCloseTo(200, 6);
    expect(result.stretchPct).toBeLessThan(0.01);
    expect(result.warning).toBeUndefined();
  });

  it('measures part of the wrap in proportion', () => {
    const mesh = cylinderSide(0.05, 0.1, 128, { u0: 0, v0: 0, u1: 1, v1: 1 });
    const result = measureUvRect(mesh, { u0: 0.25, v0: 0.25, u1: 0.75, v1: 0.5 }, M);
    if (!result.ok) throw new Error(result.problem.message);
    expect(Math.abs(result.widthMm / (Math.PI * 50) - 1)).toBeLessThan(0.005);
    expect(result.heightMm).toBeCloseTo(25, 6);
  });

  it('takes the unit the model was authored in', () => {
    const mesh = plane(10, 5, (s, t) => [s, 1 - t]); // 10 x 5 cm drawn as if metres
    const result = measureUvRect(mesh, { u0: 0, v0: 0, u1: 1, v1: 1 }, 10);
    expect(result).toMatchObject({ ok: true, widthMm: 100, heightMm: 50 });
  });

  it('reports the stretch of a plane whose uvs crowd one half', () => {
    // 100 mm wide: the left half maps to u 0..0.25, the right half to 0.25..1.
    const uv = (s: number, t: number): [number, number] => [s <= 0.5 ? s / 2 : 0.25 + (s - 0.5) * 1.5, 1 - t];
    const result = measureUvRect(plane(0.1, 0.1, uv), { u0: 0, v0: 0, u1: 1, v1: 1 }, M);
    if (!result.ok) throw new Error(result.problem.message);
    // 200 mm per u unit on the left, 66.7 on the right: a spread of 133.3 over a mean of 100.
    expect(result.stretchPct).toBeCloseTo(133.3, 0);
    expect(result.widthMm).toBeCloseTo(100, 6);
    expect(result.stretchPct).toBeGreaterThan(STRETCH_WARNING_PCT);
    expect(result.warning).toMatch(/print distorted/);
  });

  it('does not count an even but non-square mapping as stretch', () => {
    const result = measureUvRect(
      plane(0.2, 0.1, (s, t) => [s, 1 - t]),
      { u0: 0, v0: 0, u1: 1, v1: 1 },
      M,
    );
    expect(result).toMatchObject({ ok: true, widthMm: 200, heightMm: 100 });
    if (result.ok) expect(result.stretchPct).toBeLessThan(1e-6);
  });

  it('refuses a zone reaching past its island', () => {
    const mesh = cylinderSide(0.03, 0.1, 64, { u0: 0.1, v0: 0.1, u1: 0.9, v1: 0.9 });
    const result = measureUvRect(mesh, { u0: 0.05, v0: 0.2, u1: 0.5, v1: 0.5 }, M);
    expect(result).toMatchObject({ ok: false, problem: { code: 'crosses-edge' } });
  });

  it('refuses a zone spanning two islands that touch in UV space but not on the product', () => {
    const left = plane(0.05, 0.05, (s, t) => [s * 0.5, 1 - t]);
    const right = plane(0.05, 0.05, (s, t) => [0.5 + s * 0.5, 1 - t], [0.2, 0, 0]);
    const result = measureUvRect(joinMeshes(left, right), { u0: 0.25, v0: 0.2, u1: 0.75, v1: 0.8 }, M);
    expect(result).toMatchObject({ ok: false, problem: { code: 'crosses-seam', islands: 2 } });
  });

  it('accepts a zone across split vertices that share uv and position', () => {
    // The same island in two meshes joined along x = 0.05 m with duplicated vertices.
    const left = plane(0.05, 0.05, (s, t) => [s * 0.5, 1 - t]);
    const right = plane(0.05, 0.05, (s, t) => [0.5 + s * 0.5, 1 - t], [0.05, 0, 0]);
    const result = measureUvRect(joinMeshes(left, right), { u0: 0.25, v0: 0.2, u1: 0.75, v1: 0.8 }, M);
    expect(result).toMatchObject({ ok: true });
  });

  it('refuses overlapping uvs (the same texture mapped twice)', () => {
    const front = plane(0.05, 0.05, (s, t) => [s, 1 - t]);
    const back = plane(0.05, 0.05, (s, t) => [s, 1 - t], [0, 0, -0.01]);
    const result = measureUvRect(joinMeshes(front, back), { u0: 0.2, v0: 0.2, u1: 0.8, v1: 0.8 }, M);
    expect(result).toMatchObject({ ok: false, problem: { code: 'overlapping-uvs' } });
  });

  it('refuses a mirrored mapping', () => {
    const result = measureUvRect(
      plane(0.05, 0.05, (s, t) => [1 - s, 1 - t]),
      { u0: 0, v0: 0, u1: 1, v1: 1 },
      M,
    );
    expect(result).toMatchObject({ ok: false, problem: { code: 'mirrored' } });
  });

  it('refuses a rectangle where nothing is mapped', () => {
    const result = measureUvRect(
      plane(0.05, 0.05, (s, t) => [s * 0.4, 1 - t * 0.4]),
      { u0: 0.6, v0: 0.7, u1: 0.9, v1: 0.9 },
      M,
    );
    expect(result).toMatchObject({ ok: false, problem: { code: 'no-triangles' } });
  });
});

describe('surfaceUnderRect', () => {
  it('cuts the mesh to the zone with uvs running 0..1 across it', () => {
    const mesh = plane(0.1, 0.1, (s, t) => [s, 1 - t]);
    const rect = zoneUvRect(
      { u0: 0, v0: 0, u1: 1, v1: 1 },
      { widthMm: 100, heightMm: 100 },
      { xMm: 10, yMm: 20, widthMm: 30, heightMm: 40 },
    );
    const { positions, uvs } = surfaceUnderRect(mesh, rect, M);
    const xs = Array.from(positions).filter((_, i) => i % 3 === 0);
    const ys = Array.from(positions).filter((_, i) => i % 3 === 1);
    expect(Math.min(...xs)).toBeCloseTo(10, 6);
    expect(Math.max(...xs)).toBeCloseTo(40, 6);
    // y down from the top edge in the zone; up in the scene: top at 100 - 20, bottom at 100 - 60.
    expect(Math.max(...ys)).toBeCloseTo(80, 6);
    expect(Math.min(...ys)).toBeCloseTo(40, 6);
    for (let i = 0; i < uvs.length; i += 2) {
      // uv (0, 0) at the zone's bottom-left: u follows x, v follows y (up).
      expect(uvs[i]).toBeCloseTo((positions[(i / 2) * 3]! - 10) / 30, 6);
      expect(uvs[i + 1]).toBeCloseTo((positions[(i / 2) * 3 + 1]! - 40) / 40, 6);
    }
  });

  it('finds the point and normal under a uv', () => {
    const mesh = cylinderSide(0.05, 0.1, 64, { u0: 0, v0: 0, u1: 1, v1: 1 });
    // u = 0.5 is the front of the cylinder (+z), v = 0.5 half way up.
    const hit = pointAtUv(mesh, 0.5, 0.5, M);
    expect(hit?.point[1]).toBeCloseTo(50, 6);
    expect(hit?.point[2]).toBeGreaterThan(49.9);
    expect(hit?.normal[2]).toBeGreaterThan(0.99);
    expect(pointAtUv(mesh, 1.5, 0.5, M)).toBeNull();
  });
});
