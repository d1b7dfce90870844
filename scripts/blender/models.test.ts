// The committed Blender-made GLBs, checked without Blender: Khronos' validator, names, real
// sizes, and each printable island's UV rectangle and millimetre scale measured from its
// triangles, against the numbers scripts/blender/README.md states.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { NodeIO, getBounds, type Document, type Primitive } from '@gltf-transform/core';
import { describe, expect, it } from 'vitest';

interface ValidatorMessage {
  code: string;
  severity: number;
  pointer?: string;
}
interface Validator {
  validateBytes(
    data: Uint8Array,
    options?: { format?: 'glb' },
  ): Promise<{
    issues: { numErrors: number; numWarnings: number; messages: ValidatorMessage[] };
  }>;
}
// gltf-validator ships compiled Dart without type declarations.
const validator = createRequire(import.meta.url)('gltf-validator') as Validator;

type Rect = [number, number, number, number];
interface Island {
  mesh: string;
  rect: Rect; // glTF UVs: u0 v0 u1 v1, v = 0 at the top of the image
  mmPerU: [number, number]; // min and max over the island's triangles
  mmPerV: number;
  widthMm: [number, number]; // across u: (u1 - u0) times the least and the most mm per u
  heightMm: number;
  maxShear: number; // |cos| of the angle between the u and v directions on the surface
}
interface Model {
  file: string;
  mmPerUnit: number; // what one glTF unit is, in millimetres, as authored
  sizeMm: [number, number, number]; // bounding box x y z (glTF axes, Y up)
  meshes: Record<string, { material: string; triangles: number }>;
  islands: Island[];
}

const MODELS: Model[] = [
  {
    file: 'prisma/seed-models/water-bottle.glb',
    mmPerUnit: 1000,
    sizeMm: [73, 265, 73],
    meshes: {
      Body: { material: 'Steel', triangles: 8960 },
      Cap: { material: 'Cap', triangles: 2304 },
      Loop: { material: 'Cap', triangles: 796 },
    },
    islands: [
      {
        mesh: 'Body',
        rect: [0.01, 0.19, 0.927253, 0.99],
        mmPerU: [250, 250],
        mmPerV: 250,
        widthMm: [229.313, 229.313],
        heightMm: 200,
        maxShear: 1e-4,
      },
    ],
  },
  {
    file: 'prisma/seed-models/notebook.glb',
    mmPerUnit: 1000,
    sizeMm: [156, 218.2, 18.2],
    meshes: {
      Cover: { material: 'Cover', triangles: 148 },
      Pages: { material: 'Paper', triangles: 84 },
      Elastic: { material: 'Elastic', triangles: 232 },
    },
    islands: [
      {
        mesh: 'Cover',
        rect: [0.503484, 0.01, 0.928484, 0.61],
        mmPerU: [360, 360],
        mmPerV: 360,
        widthMm: [153, 153],
        heightMm: 216,
        maxShear: 1e-4,
      },
      {
        mesh: 'Cover',
        rect: [0.445, 0.01, 0.493484, 0.61],
        mmPerU: [360, 360],
        mmPerV: 360,
        widthMm: [17.454, 17.454],
        heightMm: 216,
        maxShear: 1e-4,
      },
      {
        mesh: 'Cover',
        rect: [0.01, 0.01, 0.435, 0.61],
        mmPerU: [360, 360],
        mmPerV: 360,
        widthMm: [153, 153],
        heightMm: 216,
        maxShear: 1e-4,
      },
    ],
  },
  {
    file: 'e2e/fixtures/tumbler-cm.glb',
    mmPerUnit: 10,
    sizeMm: [90, 150, 90],
    meshes: {
      Tumbler: { material: 'Powder coat', triangles: 9216 },
      Lid: { material: 'Lid plastic', triangles: 6144 },
    },
    islands: [
      {
        mesh: 'Tumbler',
        rect: [0.01, 0.536825, 0.848556, 0.99],
        mmPerU: [263.715, 336.285],
        mmPerV: 300,
        widthMm: [221.14, 281.994],
        heightMm: 135.952,
        maxShear: 2e-3,
      },
    ],
  },
];

type V3 = [number, number, number];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const len = (a: V3) => Math.hypot(...a);

interface Tri {
  p: [V3, V3, V3]; // millimetres
  uv: [[number, number], [number, number], [number, number]];
}
interface UvIsland {
  tris: Tri[];
  rect: Rect;
}

function triangles(prim: Primitive, mmPerUnit: number): { tris: Tri[]; keys: string[][] } {
  const pos = prim.getAttribute('POSITION')!;
  const uv = prim.getAttribute('TEXCOORD_0')!;
  const idx = prim.getIndices()!;
  const tris: Tri[] = [];
  const keys: string[][] = [];
  for (let t = 0; t < idx.getCount(); t += 3) {
    const corners = [idx.getScalar(t), idx.getScalar(t + 1), idx.getScalar(t + 2)];
    const p = corners.map((i) => pos.getElement(i, [0, 0, 0]).map((c) => c * mmPerUnit) as V3);
    const st = corners.map((i) => uv.getElement<[number, number]>(i, [0, 0]));
    tris.push({ p: p as Tri['p'], uv: st as Tri['uv'] });
    // Corners are the same island point when position and UV agree (normals may split them).
    keys.push(
      corners.map((_, k) => [...p[k]!.map((c) => c.toFixed(3)), ...st[k]!.map((c) => c.toFixed(6))].join()),
    );
  }
  return { tris, keys };
}

/** Connected groups of triangles that share a corner in both position and UV. */
function uvIslands(prim: Primitive, mmPerUnit: number): UvIsland[] {
  const { tris, keys } = triangles(prim, mmPerUnit);
  const parent = tris.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  keys.forEach((ks, t) =>
    ks.forEach((k) => {
      const o = owner.get(k);
      if (o === undefined) owner.set(k, t);
      else parent[find(t)] = find(o);
    }),
  );
  const groups = new Map<number, Tri[]>();
  tris.forEach((tri, t) => groups.set(find(t), [...(groups.get(find(t)) ?? []), tri]));
  return [...groups.values()].map((g) => {
    const us = g.flatMap((t) => t.uv.map((c) => c[0]));
    const vs = g.flatMap((t) => t.uv.map((c) => c[1]));
    return { tris: g, rect: [Math.min(...us), Math.min(...vs), Math.max(...us), Math.max(...vs)] };
  });
}

/** dP/du and dP/dv of a triangle's affine mapping, in mm per UV unit. */
function jacobian({ p, uv }: Tri): { du: V3; dv: V3; uvArea: number } {
  const e1 = sub(p[1], p[0]);
  const e2 = sub(p[2], p[0]);
  const [du1, dv1] = [uv[1][0] - uv[0][0], uv[1][1] - uv[0][1]];
  const [du2, dv2] = [uv[2][0] - uv[0][0], uv[2][1] - uv[0][1]];
  const det = du1 * dv2 - du2 * dv1;
  const du = e1.map((a, k) => (dv2 * a - dv1 * e2[k]!) / det) as V3;
  const dv = e1.map((a, k) => (-du2 * a + du1 * e2[k]!) / det) as V3;
  return { du, dv, uvArea: det / 2 };
}

const overlap = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function signedVolumeMm3(prim: Primitive, mmPerUnit: number) {
  return triangles(prim, mmPerUnit).tris.reduce((v, t) => v + dot(t.p[0], cross(t.p[1], t.p[2])) / 6, 0);
}

describe.each(MODELS)('$file', (model) => {
  const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, '../..', model.file)));
  let doc: Promise<Document> | undefined;
  const load = () => (doc ??= new NodeIO().readBinary(bytes));
  const primOf = async (mesh: string) =>
    (await load())
      .getRoot()
      .listMeshes()
      .find((m) => m.getName() === mesh)!
      .listPrimitives()[0]!;

  it('passes the Khronos glTF validator with no errors or warnings', async () => {
    const report = await validator.validateBytes(bytes, { format: 'glb' });
    expect(report.issues.numErrors).toBe(0);
    expect(report.issues.numWarnings).toBe(0);
    // The only notes: UVs unused, since the textures are the shop's zones, added at run time.
    expect(new Set(report.issues.messages.map((m) => m.code))).toEqual(new Set(['UNUSED_OBJECT']));
  });

  it('is small', () => {
    expect(statSync(path.join(import.meta.dirname, '../..', model.file)).size).toBeLessThan(500_000);
  });

  it('has the named meshes, materials and triangle counts', async () => {
    const meshes = (await load()).getRoot().listMeshes();
    const found = Object.fromEntries(
      meshes.map((m) => {
        const prims = m.listPrimitives();
        expect(prims).toHaveLength(1);
        const material = prims[0]!.getMaterial()!;
        expect(material.getDoubleSided()).toBe(false);
        return [
          m.getName(),
          { material: material.getName(), triangles: prims[0]!.getIndices()!.getCount() / 3 },
        ];
      }),
    );
    expect(found).toEqual(model.meshes);
  });

  it('has the real size, in its authored unit', async () => {
    const scene = (await load()).getRoot().getDefaultScene()!;
    const { min, max } = getBounds(scene);
    const size = max.map((hi, k) => (hi - min[k]!) * model.mmPerUnit);
    size.forEach((s, k) => expect(s).toBeCloseTo(model.sizeMm[k]!, 2));
    expect(min[1]).toBeCloseTo(0, 6); // stands on the ground
  });

  it('is closed and faces outwards', async () => {
    for (const mesh of Object.keys(model.meshes)) {
      expect(signedVolumeMm3(await primOf(mesh), model.mmPerUnit)).toBeGreaterThan(0);
    }
  });

  it('keeps every UV island of a material apart from the others', async () => {
    const byMaterial = new Map<string, UvIsland[]>();
    for (const [mesh, { material }] of Object.entries(model.meshes)) {
      byMaterial.set(material, [
        ...(byMaterial.get(material) ?? []),
        ...uvIslands(await primOf(mesh), model.mmPerUnit),
      ]);
    }
    for (const islands of byMaterial.values()) {
      islands.forEach((a, i) =>
        islands.slice(i + 1).forEach((b) => expect(overlap(a.rect, b.rect)).toBe(false)),
      );
      for (const c of islands.flatMap((a) => a.rect)) {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }
    }
  });

  it.each(model.islands)(
    'has the printable island $mesh $rect, upright, with its stated mm per UV',
    async (want) => {
      const islands = uvIslands(await primOf(want.mesh), model.mmPerUnit);
      const matches = islands.filter((i) => i.rect.every((c, k) => Math.abs(c - want.rect[k]!) < 2e-6));
      expect(matches).toHaveLength(1);
      const { tris, rect } = matches[0]!;

      // The triangles tile the rectangle exactly once: same winding, areas adding up to it.
      const jac = tris.map(jacobian);
      const area = jac.reduce((a, j) => a + j.uvArea, 0);
      expect(jac.every((j) => Math.sign(j.uvArea) === Math.sign(area))).toBe(true);
      expect(Math.abs(area)).toBeCloseTo((rect[2] - rect[0]) * (rect[3] - rect[1]), 6);

      const perU = jac.map((j) => len(j.du));
      const perV = jac.map((j) => len(j.dv));
      expect(Math.min(...perU)).toBeCloseTo(want.mmPerU[0], 2);
      expect(Math.max(...perU)).toBeCloseTo(want.mmPerU[1], 2);
      perV.forEach((v) => expect(v).toBeCloseTo(want.mmPerV, 2));
      expect((rect[2] - rect[0]) * Math.min(...perU)).toBeCloseTo(want.widthMm[0], 2);
      expect((rect[2] - rect[0]) * Math.max(...perU)).toBeCloseTo(want.widthMm[1], 2);
      expect((rect[3] - rect[1]) * Math.max(...perV)).toBeCloseTo(want.heightMm, 2);
      tris.forEach((t, k) => {
        const { du, dv } = jac[k]!;
        const outward = cross(sub(t.p[1], t.p[0]), sub(t.p[2], t.p[0]));
        expect(Math.abs(dot(du, dv)) / (len(du) * len(dv))).toBeLessThan(want.maxShear);
        // Seen from outside, image right (u) x image down (v) points into the surface: not mirrored.
        expect(dot(cross(du, dv), outward)).toBeLessThan(0);
        expect(dv[1]).toBeLessThan(0); // v grows downwards on the product: the image is upright
      });
    },
  );
});
